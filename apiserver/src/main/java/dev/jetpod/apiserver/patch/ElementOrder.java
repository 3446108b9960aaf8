package dev.jetpod.apiserver.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $setElementOrder/<list>}: the merged list follows the order the client gave (elements it named, by merge
 * key or by value); elements only the server knows keep their place relative to the others, by their position
 * in the merged list, interleaved the way Kubernetes' strategic merge interleaves them.
 */
final class ElementOrder {
    private ElementOrder() {
    }

    static ArrayNode apply(ArrayNode merged, ArrayNode order, String mergeKey) {
        List<JsonNode> all = new ArrayList<>();
        merged.forEach(all::add);
        List<JsonNode> named = new ArrayList<>();
        for (JsonNode o : order) {
            JsonNode id = mergeKey == null ? o : o.get(mergeKey);
            for (JsonNode el : all) {
                if (id != null && id.equals(identity(el, mergeKey)) && !named.contains(el)) {
                    named.add(el);
                    break;
                }
            }
        }
        List<JsonNode> serverOnly = new ArrayList<>();
        for (JsonNode el : all) {
            if (!containsSame(named, el)) {
                serverOnly.add(el);
            }
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        int i = 0;
        int j = 0;
        while (i < named.size() || j < serverOnly.size()) {
            if (i >= named.size()) {
                out.add(serverOnly.get(j++));
            } else if (j >= serverOnly.size()) {
                out.add(named.get(i++));
            } else {
                int li = indexIn(all, named.get(i));
                int ri = indexIn(all, serverOnly.get(j));
                if (li < ri) {
                    out.add(named.get(i++));
                } else {
                    out.add(serverOnly.get(j++));
                }
            }
        }
        return out;
    }

    private static JsonNode identity(JsonNode el, String mergeKey) {
        return mergeKey == null ? el : el.get(mergeKey);
    }

    private static boolean containsSame(List<JsonNode> list, JsonNode el) {
        for (JsonNode n : list) {
            if (n == el) {
                return true;
            }
        }
        return false;
    }

    private static int indexIn(List<JsonNode> list, JsonNode el) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == el) {
                return i;
            }
        }
        return -1;
    }
}
