package dev.jetpod.apiserver.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.PatchMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strategic merge patch, the form kubectl apply/edit/patch send: maps merge, null deletes, lists with a merge key
 * merge element by element, primitive merge lists merge as sets, other lists are replaced. Directives:
 * {@code $patch: replace|delete|merge} on maps and list elements, {@code $retainKeys},
 * {@code $setElementOrder/<list>} and {@code $deleteFromPrimitiveList/<list>}.
 */
public final class StrategicMergePatchApplier implements PatchApplier {
    static final String PATCH = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String SET_ELEMENT_ORDER = "$setElementOrder/";
    static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode apply(ObjectNode current, JsonNode patch, PatchMeta schema) {
        if (!patch.isObject()) {
            throw ApiException.badRequest("strategic merge patch: the patch must be a JSON object");
        }
        JsonNode out = mergeMap(current.deepCopy(), (ObjectNode) patch, schema);
        if (out == null) {
            throw ApiException.badRequest("strategic merge patch: $patch: delete is not allowed on the whole object");
        }
        return out;
    }

    /** Merges {@code patch} into {@code original} (which it owns and changes); null means "delete this map". */
    private ObjectNode mergeMap(ObjectNode original, ObjectNode patch, PatchMeta schema) {
        JsonNode directive = patch.get(PATCH);
        if (directive != null) {
            switch (directive.asText()) {
                case "replace" -> {
                    ObjectNode replaced = patch.deepCopy();
                    replaced.remove(PATCH);
                    return mergeMap(NODES.objectNode(), replaced, schema);
                }
                case "delete" -> {
                    return null;
                }
                case "merge" -> {
                }
                default -> throw ApiException.badRequest("strategic merge patch: unknown patch type: " + directive.asText());
            }
        }
        JsonNode retain = patch.get(RETAIN_KEYS);
        if (retain != null) {
            retainKeys(original, retain);
        }
        Map<String, JsonNode> orders = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = patch.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.equals(PATCH) || key.equals(RETAIN_KEYS)) {
                continue;
            }
            if (key.startsWith(SET_ELEMENT_ORDER)) {
                orders.put(key.substring(SET_ELEMENT_ORDER.length()), value);
            } else if (key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
                deleteFromPrimitiveList(original, key.substring(DELETE_FROM_PRIMITIVE_LIST.length()), value);
            } else {
                mergeField(original, key, value, schema.field(key));
            }
        }
        for (Map.Entry<String, JsonNode> o : orders.entrySet()) {
            JsonNode list = original.get(o.getKey());
            if (list != null && list.isArray() && o.getValue().isArray()) {
                original.set(o.getKey(), ElementOrder.apply((ArrayNode) list, (ArrayNode) o.getValue(), schema.field(o.getKey()).mergeKey()));
            }
        }
        return original;
    }

    private void mergeField(ObjectNode original, String key, JsonNode value, PatchMeta fieldSchema) {
        JsonNode cur = original.get(key);
        if (value.isNull()) {
            original.remove(key);
        } else if (value.isObject()) {
            ObjectNode base = cur != null && cur.isObject() ? (ObjectNode) cur : NODES.objectNode();
            ObjectNode merged = mergeMap(base, (ObjectNode) value, fieldSchema);
            if (merged == null) {
                original.remove(key);
            } else {
                original.set(key, merged);
            }
        } else if (value.isArray()) {
            ArrayNode base = cur != null && cur.isArray() ? (ArrayNode) cur : NODES.arrayNode();
            if (fieldSchema.isMergeList()) {
                original.set(key, mergeList(base, (ArrayNode) value, fieldSchema));
            } else {
                original.set(key, replaceList((ArrayNode) value, fieldSchema.element()));
            }
        } else {
            original.set(key, value.deepCopy());
        }
    }

    private ArrayNode mergeList(ArrayNode original, ArrayNode patch, PatchMeta listSchema) {
        if (listSchema.isPrimitiveMergeList()) {
            ArrayNode out = original.deepCopy();
            Set<JsonNode> present = new HashSet<>();
            original.forEach(present::add);
            for (JsonNode v : patch) {
                if (present.add(v)) {
                    out.add(v.deepCopy());
                }
            }
            return out;
        }
        for (JsonNode el : patch) {
            if (el.isObject() && "replace".equals(el.path(PATCH).asText(null))) {
                ArrayNode rest = NODES.arrayNode();
                patch.forEach(p -> {
                    if (p != el) {
                        rest.add(p);
                    }
                });
                return replaceList(rest, listSchema.element());
            }
        }
        String key = listSchema.mergeKey();
        List<JsonNode> out = new ArrayList<>();
        original.forEach(n -> out.add(n.deepCopy()));
        for (JsonNode el : patch) {
            if (!el.isObject()) {
                throw ApiException.badRequest("strategic merge patch: a list merged by \"" + key + "\" may only hold objects, found " + el);
            }
            JsonNode k = el.get(key);
            if (k == null) {
                throw ApiException.badRequest("map: " + el + " does not contain declared merge key: " + key);
            }
            int idx = indexOf(out, key, k);
            if ("delete".equals(el.path(PATCH).asText(null))) {
                while (idx >= 0) {
                    out.remove(idx);
                    idx = indexOf(out, key, k);
                }
                continue;
            }
            if (idx >= 0) {
                ObjectNode merged = mergeMap((ObjectNode) out.get(idx), (ObjectNode) el, listSchema.element());
                if (merged == null) {
                    out.remove(idx);
                } else {
                    out.set(idx, merged);
                }
            } else {
                ObjectNode added = mergeMap(NODES.objectNode(), (ObjectNode) el, listSchema.element());
                if (added != null) {
                    out.add(added);
                }
            }
        }
        ArrayNode result = NODES.arrayNode();
        out.forEach(result::add);
        return result;
    }

    /** A replaced list still has its elements' directives resolved (kubectl may send $patch inside them). */
    private ArrayNode replaceList(ArrayNode patch, PatchMeta elementSchema) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode el : patch) {
            if (el.isObject()) {
                ObjectNode o = mergeMap(NODES.objectNode(), (ObjectNode) el, elementSchema);
                if (o != null) {
                    out.add(o);
                }
            } else {
                out.add(el.deepCopy());
            }
        }
        return out;
    }

    static int indexOf(List<JsonNode> list, String key, JsonNode value) {
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(list.get(i).get(key))) {
                return i;
            }
        }
        return -1;
    }

    private static void retainKeys(ObjectNode original, JsonNode retain) {
        if (!retain.isArray()) {
            throw ApiException.badRequest("strategic merge patch: invalid patch: $retainKeys must be a list of strings");
        }
        Set<String> keep = new HashSet<>();
        retain.forEach(k -> keep.add(k.asText()));
        List<String> drop = new ArrayList<>();
        original.fieldNames().forEachRemaining(f -> {
            if (!keep.contains(f)) {
                drop.add(f);
            }
        });
        original.remove(drop);
    }

    private static void deleteFromPrimitiveList(ObjectNode original, String field, JsonNode values) {
        JsonNode cur = original.get(field);
        if (cur == null || !cur.isArray()) {
            return;
        }
        if (!values.isArray()) {
            throw ApiException.badRequest("strategic merge patch: invalid patch: " + DELETE_FROM_PRIMITIVE_LIST + field + " must be a list");
        }
        Set<JsonNode> gone = new HashSet<>();
        values.forEach(gone::add);
        ArrayNode out = NODES.arrayNode();
        cur.forEach(v -> {
            if (!gone.contains(v)) {
                out.add(v);
            }
        });
        original.set(field, out);
    }
}
