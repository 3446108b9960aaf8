package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.schema.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The set of fields an object (or an applied configuration) sets, by its schema, as structured-merge-diff counts
 * them: every scalar and every atomic value (atomic lists, atomic maps and structs, free-form values) is a member;
 * a struct field is a member itself only when its value is empty or null; each key of a granular map is a member;
 * each item of a list-map or set is a member, and its fields below it.
 */
public final class TypedFields {
    private TypedFields() {
    }

    public static FieldSet of(JsonNode value, Schema schema) {
        FieldSet out = FieldSet.empty();
        walk(value, schema, new ArrayList<>(), out);
        return out;
    }

    private static void walk(JsonNode v, Schema s, List<PathElement> path, FieldSet out) {
        if (isAtomic(s) || v == null || v.isNull() || !(v.isObject() || v.isArray())) {
            out.insert(path);
            return;
        }
        if (s instanceof Schema.Struct || s instanceof Schema.MapOf) {
            if (!v.isObject()) {
                out.insert(path);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Schema child = childSchema(s, e.getKey());
                if (child == null) {
                    continue;
                }
                path.add(new PathElement.Field(e.getKey()));
                JsonNode cv = e.getValue();
                boolean emptyOrNull = cv.isNull() || (cv.isObject() && cv.isEmpty());
                if (emptyOrNull || s instanceof Schema.MapOf) {
                    out.insert(path);
                }
                if (!emptyOrNull) {
                    walk(cv, child, path, out);
                }
                path.remove(path.size() - 1);
            }
            return;
        }
        if (s instanceof Schema.ListOf list && v.isArray()) {
            for (Map.Entry<PathElement, JsonNode> item : ListItems.byElement(v, list).entrySet()) {
                path.add(item.getKey());
                out.insert(path);
                if (!(item.getKey() instanceof PathElement.Value)) {
                    JsonNode iv = item.getValue();
                    if (iv.isObject() || iv.isArray()) {
                        walkChildren(iv, list.element(), path, out);
                    }
                }
                path.remove(path.size() - 1);
            }
            return;
        }
        out.insert(path);
    }

    /** The fields below an item, without making the item's own path a member a second way. */
    private static void walkChildren(JsonNode v, Schema s, List<PathElement> path, FieldSet out) {
        if (isAtomic(s)) {
            return;
        }
        walk(v, s, path, out);
    }

    static Schema childSchema(Schema s, String name) {
        if (s instanceof Schema.Struct st) {
            dev.jetpod.api.schema.Field f = st.fields().get(name);
            return f == null ? null : f.schema();
        }
        if (s instanceof Schema.MapOf m) {
            return m.values();
        }
        return null;
    }

    /** Values replaced and owned whole. */
    static boolean isAtomic(Schema s) {
        if (s instanceof Schema.Scalar || s instanceof Schema.Untyped) {
            return true;
        }
        if (s instanceof Schema.Struct st) {
            return st.atomic();
        }
        if (s instanceof Schema.MapOf m) {
            return m.atomic();
        }
        if (s instanceof Schema.ListOf l) {
            return !ListItems.granular(l);
        }
        return true;
    }
}
