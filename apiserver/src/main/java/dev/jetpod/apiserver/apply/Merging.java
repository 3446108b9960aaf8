package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.Schema;
import java.util.Iterator;
import java.util.Map;

/**
 * Merging an applied configuration into a live object, and removing fields from one, by schema: an applied value
 * replaces an atomic one; structs and granular maps merge field by field; list-map items merge by key (live items
 * keep their place, new ones follow in the applied order); sets gain the applied values; an explicit null removes
 * the field.
 */
final class Merging {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Merging() {
    }

    /** The live value with the applied one merged in; null when the result is "absent". */
    static JsonNode merge(JsonNode live, JsonNode applied, Schema s) {
        if (applied == null || applied.isMissingNode()) {
            return live == null ? null : live.deepCopy();
        }
        if (applied.isNull()) {
            return null;
        }
        JsonNode l = Comparison.present(live);
        if (l == null || TypedFields.isAtomic(s) || l.getNodeType() != applied.getNodeType()) {
            return applied.deepCopy();
        }
        if ((s instanceof Schema.Struct || s instanceof Schema.MapOf) && applied.isObject()) {
            ObjectNode out = ((ObjectNode) l).deepCopy();
            Iterator<Map.Entry<String, JsonNode>> it = applied.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Schema child = TypedFields.childSchema(s, e.getKey());
                if (child == null) {
                    continue;
                }
                JsonNode m = merge(out.get(e.getKey()), e.getValue(), child);
                if (m == null) {
                    out.remove(e.getKey());
                } else {
                    out.set(e.getKey(), m);
                }
            }
            return out;
        }
        if (s instanceof Schema.ListOf list && applied.isArray()) {
            Map<PathElement, JsonNode> appliedItems = ListItems.byElement(applied, list);
            Map<PathElement, JsonNode> liveItems = ListItems.byElement(l, list);
            ArrayNode out = NODES.arrayNode();
            liveItems.forEach((pe, item) -> {
                JsonNode a = appliedItems.get(pe);
                if (a == null) {
                    out.add(item.deepCopy());
                } else if (pe instanceof PathElement.Value) {
                    out.add(item.deepCopy());
                } else {
                    JsonNode m = merge(item, a, list.element());
                    if (m != null) {
                        out.add(m);
                    }
                }
            });
            appliedItems.forEach((pe, item) -> {
                if (!liveItems.containsKey(pe)) {
                    out.add(item.deepCopy());
                }
            });
            return out;
        }
        return applied.deepCopy();
    }

    /** A copy of {@code value} without the members of {@code set} (a member item or field goes whole). */
    static JsonNode removeItems(JsonNode value, FieldSet set, Schema s) {
        if (value == null || set.isEmpty()) {
            return value;
        }
        JsonNode out = value.deepCopy();
        removeInPlace(out, set, s);
        return out;
    }

    private static void removeInPlace(JsonNode v, FieldSet set, Schema s) {
        if (v instanceof ObjectNode o) {
            for (Map.Entry<PathElement, FieldSet> e : set.children().entrySet()) {
                if (!(e.getKey() instanceof PathElement.Field f)) {
                    continue;
                }
                Schema child = TypedFields.childSchema(s, f.name());
                if (e.getValue().isMember() || child == null) {
                    o.remove(f.name());
                } else if (o.get(f.name()) != null) {
                    removeInPlace(o.get(f.name()), e.getValue(), child);
                }
            }
        } else if (v instanceof ArrayNode a && s instanceof Schema.ListOf list) {
            for (int i = a.size() - 1; i >= 0; i--) {
                FieldSet sub = set.children().get(ListItems.of(a.get(i), list, i));
                if (sub == null) {
                    continue;
                }
                if (sub.isMember()) {
                    a.remove(i);
                } else {
                    removeInPlace(a.get(i), sub, list.element());
                }
            }
        }
    }
}
