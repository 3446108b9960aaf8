package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.schema.PatchMeta;
import dev.jetpod.jctl.CliException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two-way strategic-merge diff kubectl's apply is built from: the patch that turns {@code original} into
 * {@code modified}, optionally ignoring deletions (fields and list elements only in original) or ignoring changes and
 * additions. Lists with a merge key produce per-element patches, {@code $patch: delete} directives and a
 * {@code $setElementOrder/<list>}; lists of scalars merged as sets produce additions and
 * {@code $deleteFromPrimitiveList/<list>}; retainKeys maps get {@code $retainKeys}; other values are replaced.
 */
final class StrategicDiff {
    static final String PATCH = "$patch";
    static final String RETAIN_KEYS = "$retainKeys";
    static final String SET_ELEMENT_ORDER = "$setElementOrder/";
    static final String DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What to leave out of a diff. */
    record Options(boolean ignoreDeletions, boolean ignoreChangesAndAdditions) {
        static final Options DELTA = new Options(true, false);
        static final Options DELETIONS = new Options(false, true);
        static final Options FULL = new Options(false, false);
    }

    private StrategicDiff() {
    }

    static ObjectNode diffMaps(ObjectNode original, ObjectNode modified, PatchMeta meta, Options opt) {
        ObjectNode patch = NODES.objectNode();
        List<String> retained = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = modified.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode mv = e.getValue();
            if (meta.retainKeys() && !mv.isNull()) {
                retained.add(key);
            }
            JsonNode ov = original.get(key);
            if (ov == null) {
                if (!opt.ignoreChangesAndAdditions()) {
                    patch.set(key, mv.deepCopy());
                }
                continue;
            }
            if (!JsonCompare.sameType(ov, mv)) {
                if (!opt.ignoreChangesAndAdditions()) {
                    patch.set(key, mv.deepCopy());
                }
                continue;
            }
            PatchMeta fieldMeta = meta.field(key);
            if (mv.isObject()) {
                ObjectNode sub = diffMaps((ObjectNode) ov, (ObjectNode) mv, fieldMeta, opt);
                if (!sub.isEmpty()) {
                    patch.set(key, sub);
                }
            } else if (mv.isArray()) {
                diffSlice(key, (ArrayNode) ov, (ArrayNode) mv, fieldMeta, opt, patch);
            } else if (!opt.ignoreChangesAndAdditions() && !JsonCompare.same(ov, mv)) {
                patch.set(key, mv.deepCopy());
            }
        }
        if (!opt.ignoreDeletions()) {
            Iterator<String> names = original.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                if (!modified.has(key)) {
                    patch.putNull(key);
                }
            }
        }
        if (!retained.isEmpty() && (!patch.isEmpty() || hasFieldOnlyIn(original, modified))) {
            ArrayNode keys = patch.putArray(RETAIN_KEYS);
            new TreeSet<>(retained).forEach(keys::add);
        }
        return patch;
    }

    private static boolean hasFieldOnlyIn(ObjectNode original, ObjectNode modified) {
        Iterator<Map.Entry<String, JsonNode>> it = original.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull() && !modified.has(e.getKey())) {
                return true;
            }
        }
        return false;
    }

    private static void diffSlice(String key, ArrayNode original, ArrayNode modified, PatchMeta meta, Options opt, ObjectNode patch) {
        if (meta.hasMergeKey()) {
            diffListOfMaps(key, original, modified, meta, opt, patch);
        } else if (meta.isPrimitiveMergeList()) {
            diffListOfScalars(key, original, modified, opt, patch);
        } else if (!opt.ignoreChangesAndAdditions() && !JsonCompare.same(original, modified)) {
            patch.set(key, modified.deepCopy());
        }
    }

    private static void diffListOfMaps(String key, ArrayNode original, ArrayNode modified, PatchMeta meta, Options opt, ObjectNode patch) {
        String mk = meta.mergeKey();
        List<ObjectNode> o = sortedByKey(original, mk, key);
        List<ObjectNode> m = sortedByKey(modified, mk, key);
        List<ObjectNode> changes = new ArrayList<>();
        List<ObjectNode> deletions = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < o.size() || j < m.size()) {
            int cmp = i >= o.size() ? 1 : j >= m.size() ? -1 : keyText(o.get(i), mk).compareTo(keyText(m.get(j), mk));
            if (cmp == 0) {
                ObjectNode sub = diffMaps(o.get(i), m.get(j), meta.element(), opt);
                if (!sub.isEmpty()) {
                    sub.set(mk, m.get(j).get(mk).deepCopy());
                    changes.add(sub);
                }
                i++;
                j++;
            } else if (cmp > 0) {
                if (!opt.ignoreChangesAndAdditions()) {
                    changes.add(m.get(j).deepCopy());
                }
                j++;
            } else {
                if (!opt.ignoreDeletions()) {
                    ObjectNode d = NODES.objectNode();
                    d.put(PATCH, "delete");
                    d.set(mk, o.get(i).get(mk).deepCopy());
                    deletions.add(d);
                }
                i++;
            }
        }
        changes.sort(Comparator.comparingInt(c -> indexOf(modified, mk, c.get(mk))));
        List<ObjectNode> all = new ArrayList<>(changes);
        all.addAll(deletions);
        boolean orderSame = orderSame(original, modified, mk);
        if (!all.isEmpty()) {
            ArrayNode arr = patch.putArray(key);
            all.forEach(arr::add);
        }
        if ((!opt.ignoreChangesAndAdditions() && (!all.isEmpty() || !orderSame)) || (!opt.ignoreDeletions() && !all.isEmpty())) {
            ArrayNode order = patch.putArray(SET_ELEMENT_ORDER + key);
            for (JsonNode el : modified) {
                order.addObject().set(mk, el.get(mk).deepCopy());
            }
        }
    }

    private static void diffListOfScalars(String key, ArrayNode original, ArrayNode modified, Options opt, ObjectNode patch) {
        Set<JsonNode> inOriginal = new LinkedHashSet<>();
        original.forEach(inOriginal::add);
        Set<JsonNode> inModified = new LinkedHashSet<>();
        modified.forEach(inModified::add);
        ArrayNode additions = NODES.arrayNode();
        ArrayNode deletions = NODES.arrayNode();
        if (!opt.ignoreChangesAndAdditions()) {
            inModified.stream().filter(v -> !inOriginal.contains(v)).forEach(additions::add);
        }
        if (!opt.ignoreDeletions()) {
            inOriginal.stream().filter(v -> !inModified.contains(v)).forEach(deletions::add);
        }
        if (!additions.isEmpty()) {
            patch.set(key, additions);
        }
        if (!deletions.isEmpty()) {
            patch.set(DELETE_FROM_PRIMITIVE_LIST + key, deletions);
        }
        if ((!opt.ignoreDeletions() && !deletions.isEmpty()) || (!opt.ignoreChangesAndAdditions() && !JsonCompare.same(original, modified))) {
            patch.set(SET_ELEMENT_ORDER + key, modified.deepCopy());
        }
    }

    private static List<ObjectNode> sortedByKey(ArrayNode list, String mk, String listName) {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode el : list) {
            if (!el.isObject() || !el.has(mk)) {
                throw new CliException("cannot compute the apply patch: an element of \"" + listName + "\" does not contain its merge key \""
                        + mk + "\": " + el);
            }
            out.add((ObjectNode) el);
        }
        out.sort(Comparator.comparing(e -> keyText(e, mk)));
        return out;
    }

    private static String keyText(ObjectNode el, String mk) {
        return el.get(mk).asText();
    }

    private static int indexOf(ArrayNode list, String mk, JsonNode key) {
        for (int i = 0; i < list.size(); i++) {
            if (JsonCompare.same(list.get(i).get(mk), key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean orderSame(ArrayNode a, ArrayNode b, String mk) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!JsonCompare.same(a.get(i).get(mk), b.get(i).get(mk))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Merges two patches into one (the deletions found between original and modified, and the changes between current
     * and modified): nested maps merge, merge-keyed lists join by key, parallel directive lists join, the second
     * patch's value wins anywhere else.
     */
    static ObjectNode mergePatches(ObjectNode first, ObjectNode second, PatchMeta meta) {
        ObjectNode out = first.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> it = second.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            JsonNode existing = out.get(key);
            if (existing == null || existing.isNull() || v.isNull()) {
                out.set(key, v.deepCopy());
            } else if (key.startsWith(SET_ELEMENT_ORDER)) {
                out.set(key, v.deepCopy());
            } else if (key.startsWith(DELETE_FROM_PRIMITIVE_LIST) || key.equals(RETAIN_KEYS)) {
                out.set(key, union((ArrayNode) existing, (ArrayNode) v));
            } else if (existing.isObject() && v.isObject()) {
                out.set(key, mergePatches((ObjectNode) existing, (ObjectNode) v, meta.field(key)));
            } else if (existing.isArray() && v.isArray() && meta.field(key).hasMergeKey()) {
                out.set(key, mergeByKey((ArrayNode) existing, (ArrayNode) v, meta.field(key)));
            } else if (existing.isArray() && v.isArray() && meta.field(key).isPrimitiveMergeList()) {
                out.set(key, union((ArrayNode) existing, (ArrayNode) v));
            } else {
                out.set(key, v.deepCopy());
            }
        }
        return out;
    }

    private static ArrayNode mergeByKey(ArrayNode first, ArrayNode second, PatchMeta meta) {
        String mk = meta.mergeKey();
        ArrayNode out = first.deepCopy();
        for (JsonNode el : second) {
            int at = indexOf(out, mk, el.get(mk));
            if (at == Integer.MAX_VALUE) {
                out.add(el.deepCopy());
            } else if (out.get(at).isObject() && el.isObject()) {
                out.set(at, mergePatches((ObjectNode) out.get(at), (ObjectNode) el, meta.element()));
            }
        }
        return out;
    }

    private static ArrayNode union(ArrayNode a, ArrayNode b) {
        ArrayNode out = a.deepCopy();
        Set<JsonNode> seen = new LinkedHashSet<>();
        a.forEach(seen::add);
        for (JsonNode v : b) {
            if (seen.add(v)) {
                out.add(v.deepCopy());
            }
        }
        return out;
    }
}
