package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.schema.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of an object, by its schema, as field sets: paths that appeared, changed value
 * or disappeared. Atomic values compare whole; structs and granular maps field by field (a map that appears or
 * disappears counts itself too, as kube-apiserver records {@code f:labels: {.: {}}}); list-map and set items by
 * their key or value.
 */
public record Comparison(FieldSet added, FieldSet modified, FieldSet removed) {

    public static Comparison of(JsonNode oldValue, JsonNode newValue, Schema schema) {
        Comparison c = new Comparison(FieldSet.empty(), FieldSet.empty(), FieldSet.empty());
        c.walk(present(oldValue), present(newValue), schema, new ArrayList<>());
        return c;
    }

    /** Paths whose value this change set: added or modified. (The caller must not modify the set.) */
    public FieldSet changed() {
        return modified.isEmpty() ? added : added.union(modified);
    }

    private void walk(JsonNode a, JsonNode b, Schema s, List<PathElement> path) {
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            // all of b is new (every create): build its subtree in one pass
            FieldSet sub = FieldSet.empty();
            addedSubtree(b, s, path.isEmpty(), sub);
            if (!sub.isEmpty()) {
                added.insertAll(path, sub);
            }
            return;
        }
        boolean emptyBoth = isEmptyObject(a) && isEmptyObject(b);
        if (TypedFields.isAtomic(s) || emptyBoth || !(isContainer(a) || isContainer(b))) {
            leaf(a, b, path);
            return;
        }
        if (s instanceof Schema.Struct || s instanceof Schema.MapOf) {
            if (s instanceof Schema.MapOf && !path.isEmpty()) {
                if (a == null) {
                    added.insert(path);
                } else if (b == null) {
                    removed.insert(path);
                }
            }
            Set<String> names = new LinkedHashSet<>();
            if (a != null && a.isObject()) {
                a.fieldNames().forEachRemaining(names::add);
            }
            if (b != null && b.isObject()) {
                b.fieldNames().forEachRemaining(names::add);
            }
            for (String n : names) {
                Schema child = TypedFields.childSchema(s, n);
                if (child == null) {
                    continue;
                }
                path.add(new PathElement.Field(n));
                walk(present(a == null ? null : a.get(n)), present(b == null ? null : b.get(n)), child, path);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (s instanceof Schema.ListOf list) {
            Map<PathElement, JsonNode> left = ListItems.byElement(a, list);
            Map<PathElement, JsonNode> right = ListItems.byElement(b, list);
            Set<PathElement> all = new LinkedHashSet<>(left.keySet());
            all.addAll(right.keySet());
            for (PathElement pe : all) {
                JsonNode x = left.get(pe);
                JsonNode y = right.get(pe);
                path.add(pe);
                if (x == null) {
                    added.insert(path);
                } else if (y == null) {
                    removed.insert(path);
                }
                if (!(pe instanceof PathElement.Value)) {
                    walk(x, y, list.element(), path);
                }
                path.remove(path.size() - 1);
            }
            return;
        }
        leaf(a, b, path);
    }

    /**
     * What {@link #walk} records for {@code walk(null, b)}, written into {@code node} (the set's node at b's path):
     * atomic and scalar values and empty objects are members; granular maps (not the root) are members and so are
     * their keys' subtrees; struct fields recurse; list items are members by their key or value, and their fields
     * below them.
     */
    private static void addedSubtree(JsonNode b, Schema s, boolean root, FieldSet node) {
        if (TypedFields.isAtomic(s) || isEmptyObject(b) || !isContainer(b)) {
            node.markMember();
            return;
        }
        if (s instanceof Schema.Struct || s instanceof Schema.MapOf) {
            if (s instanceof Schema.MapOf && !root) {
                node.markMember();
            }
            if (!b.isObject()) {
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = b.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                Schema child = TypedFields.childSchema(s, f.getKey());
                JsonNode value = present(f.getValue());
                if (child == null || value == null) {
                    continue;
                }
                FieldSet c = FieldSet.empty();
                addedSubtree(value, child, false, c);
                node.attach(new PathElement.Field(f.getKey()), c);
            }
            return;
        }
        if (s instanceof Schema.ListOf list) {
            for (Map.Entry<PathElement, JsonNode> item : ListItems.byElement(b, list).entrySet()) {
                FieldSet c = FieldSet.empty();
                c.markMember();
                if (!(item.getKey() instanceof PathElement.Value)) {
                    addedSubtree(item.getValue(), list.element(), false, c);
                }
                node.attach(item.getKey(), c);
            }
            return;
        }
        node.markMember();
    }

    private void leaf(JsonNode a, JsonNode b, List<PathElement> path) {
        if (a == null) {
            added.insert(path);
        } else if (b == null) {
            removed.insert(path);
        } else if (!Values.equal(a, b)) {
            modified.insert(path);
        }
    }

    private static boolean isContainer(JsonNode n) {
        return n != null && (n.isObject() || n.isArray());
    }

    private static boolean isEmptyObject(JsonNode n) {
        return n == null || (n.isObject() && n.isEmpty());
    }

    static JsonNode present(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }
}
