package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.Field;
import dev.jetpod.api.schema.ListSemantics;
import dev.jetpod.api.schema.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the items of a granular list: a list-map item by its key fields (an omitted key field takes the default the
 * server would fill in, so {@code {containerPort: 80}} and {@code {containerPort: 80, protocol: TCP}} are one item),
 * a set member by its value. An item whose key cannot be formed falls back to its position.
 */
final class ListItems {
    private ListItems() {
    }

    static PathElement of(JsonNode item, Schema.ListOf list, int index) {
        ListSemantics s = list.semantics();
        if (s.kind() == ListSemantics.Kind.SET) {
            return PathElement.Value.of(item);
        }
        if (s.kind() == ListSemantics.Kind.MAP && item.isObject()) {
            ObjectNode key = JsonNodeFactory.instance.objectNode();
            for (String k : s.keys()) {
                JsonNode v = item.get(k);
                if ((v == null || v.isNull()) && list.element() instanceof Schema.Struct st) {
                    Field f = st.fields().get(k);
                    v = f == null ? null : f.keyDefault();
                }
                if (v == null || v.isNull()) {
                    return new PathElement.Index(index);
                }
                key.set(k, v);
            }
            return PathElement.Key.of(key);
        }
        return new PathElement.Index(index);
    }

    /** The items of a list by their path element; a repeated key keeps its first item. */
    static Map<PathElement, JsonNode> byElement(JsonNode list, Schema.ListOf schema) {
        Map<PathElement, JsonNode> out = new LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            out.putIfAbsent(of(list.get(i), schema, i), list.get(i));
        }
        return out;
    }

    /** Whether list items merge one by one (map and set lists) rather than as one atomic value. */
    static boolean granular(Schema.ListOf list) {
        return list.semantics().kind() != ListSemantics.Kind.ATOMIC;
    }
}
