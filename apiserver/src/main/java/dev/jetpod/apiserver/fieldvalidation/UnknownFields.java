package dev.jetpod.apiserver.fieldvalidation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.schema.Field;
import dev.jetpod.api.schema.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields of a JSON object that its type does not declare, with their paths as Kubernetes' strict decoder
 * names them ({@code spec.containers[0].imagee}). Free-form values (untyped fields, map values that are scalars) are
 * never reported; a value of the wrong JSON kind is left to decoding, which reports it.
 */
public final class UnknownFields {
    private UnknownFields() {
    }

    public static List<String> of(JsonNode tree, Schema.Struct schema) {
        List<String> out = new ArrayList<>();
        walk(tree, schema, "", out);
        return out;
    }

    private static void walk(JsonNode n, Schema s, String path, List<String> out) {
        if (n == null || n.isNull()) {
            return;
        }
        if (s instanceof Schema.Struct struct && n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                Field f = struct.fields().get(e.getKey());
                if (f == null) {
                    out.add(p);
                } else {
                    walk(e.getValue(), f.schema(), p, out);
                }
            }
        } else if (s instanceof Schema.MapOf map && n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), map.values(), path + "." + e.getKey(), out);
            }
        } else if (s instanceof Schema.ListOf list && n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), list.element(), path + "[" + i + "]", out);
            }
        }
    }
}
