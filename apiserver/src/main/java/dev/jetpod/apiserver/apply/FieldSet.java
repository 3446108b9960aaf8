package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of field paths, stored as a tree: a node is a member of the set when the path to it is, and has children
 * for longer paths. Read from and written to the {@code fieldsV1} form of managedFields, where a member with
 * children is marked by a {@code "."} entry and a member without children is an empty object.
 */
public final class FieldSet {
    private boolean member;
    private final TreeMap<PathElement, FieldSet> children = new TreeMap<>();

    public static FieldSet empty() {
        return new FieldSet();
    }

    /** Reads a fieldsV1 tree; members it cannot parse are skipped (they were written by a newer server). */
    public static FieldSet fromFieldsV1(JsonNode n) {
        FieldSet s = new FieldSet();
        if (n == null || !n.isObject()) {
            return s;
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(".")) {
                s.member = true;
                continue;
            }
            PathElement pe = PathElement.parse(e.getKey());
            if (pe == null) {
                continue;
            }
            FieldSet child = fromFieldsV1(e.getValue());
            if (e.getValue().isObject() && e.getValue().isEmpty()) {
                child.member = true;
            }
            if (!child.isEmpty()) {
                s.children.put(pe, child);
            }
        }
        return s;
    }

    public ObjectNode toFieldsV1() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (member && !children.isEmpty()) {
            o.putObject(".");
        }
        children.forEach((pe, child) -> o.set(pe.wire(), child.toFieldsV1()));
        return o;
    }

    public FieldSet insert(List<PathElement> path) {
        FieldSet node = this;
        for (PathElement pe : path) {
            node = node.children.computeIfAbsent(pe, k -> new FieldSet());
        }
        node.member = true;
        return this;
    }

    /**
     * Adds every member of {@code subtree} below {@code path} (creating the path): what {@link #insert} of each of its
     * paths would do, without walking from the root for every one. The subtree is handed over: the caller must not
     * use it afterwards.
     */
    FieldSet insertAll(List<PathElement> path, FieldSet subtree) {
        FieldSet node = this;
        for (PathElement pe : path) {
            node = node.children.computeIfAbsent(pe, k -> new FieldSet());
        }
        if (!node.member && node.children.isEmpty()) {
            // an empty node (every create's root): take the subtree's nodes over instead of copying them one by one
            node.member = subtree.member;
            node.children.putAll(subtree.children);
        } else {
            node.addAll(subtree);
        }
        return this;
    }

    /** Makes this node a member (its path is in the set). */
    void markMember() {
        member = true;
    }

    /** Attaches {@code child} under {@code pe} if it holds any member (an empty node would read as a member in fieldsV1). */
    void attach(PathElement pe, FieldSet child) {
        if (!child.isEmpty()) {
            children.merge(pe, child, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
    }

    public boolean has(List<PathElement> path) {
        FieldSet node = this;
        for (PathElement pe : path) {
            node = node.children.get(pe);
            if (node == null) {
                return false;
            }
        }
        return node.member;
    }

    public boolean isEmpty() {
        if (member) {
            return false;
        }
        for (FieldSet c : children.values()) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The subtree under {@code pe}, or an empty set. */
    public FieldSet child(PathElement pe) {
        FieldSet c = children.get(pe);
        return c == null ? empty() : c;
    }

    public boolean isMember() {
        return member;
    }

    public Map<PathElement, FieldSet> children() {
        return java.util.Collections.unmodifiableMap(children);
    }

    public FieldSet copy() {
        FieldSet s = new FieldSet();
        s.member = member;
        children.forEach((k, v) -> s.children.put(k, v.copy()));
        return s;
    }

    public FieldSet union(FieldSet o) {
        FieldSet s = copy();
        s.addAll(o);
        return s;
    }

    private void addAll(FieldSet o) {
        member |= o.member;
        o.children.forEach((k, v) -> children.computeIfAbsent(k, x -> new FieldSet()).addAll(v));
    }

    /** The members of this set that are not members of {@code o}. */
    public FieldSet difference(FieldSet o) {
        FieldSet s = new FieldSet();
        s.member = member && !o.member;
        children.forEach((k, v) -> {
            FieldSet d = v.difference(o.child(k));
            if (!d.isEmpty()) {
                s.children.put(k, d);
            }
        });
        return s;
    }

    public FieldSet intersection(FieldSet o) {
        FieldSet s = new FieldSet();
        s.member = member && o.member;
        children.forEach((k, v) -> {
            FieldSet other = o.children.get(k);
            if (other != null) {
                FieldSet i = v.intersection(other);
                if (!i.isEmpty()) {
                    s.children.put(k, i);
                }
            }
        });
        return s;
    }

    /** Removes the subtree under {@code first} (used to leave out fields a write does not track, like status). */
    public FieldSet without(PathElement first) {
        FieldSet s = copy();
        s.children.remove(first);
        return s;
    }

    /** Only the subtree under {@code first}, still rooted at the top. */
    public FieldSet only(PathElement first) {
        FieldSet s = new FieldSet();
        FieldSet c = children.get(first);
        if (c != null) {
            s.children.put(first, c.copy());
        }
        return s;
    }

    /**
     * The members of this set that may be removed from an object because {@code keep} holds nothing at or below
     * them; a member with kept descendants is not removed whole, only its other descendants are.
     */
    public FieldSet removableGiven(FieldSet keep) {
        FieldSet s = new FieldSet();
        s.member = member && keep.isEmpty();
        children.forEach((k, v) -> {
            FieldSet r = v.removableGiven(keep.child(k));
            if (!r.isEmpty()) {
                s.children.put(k, r);
            }
        });
        return s;
    }

    /** Every member path, in fieldsV1 order. */
    public List<List<PathElement>> paths() {
        List<List<PathElement>> out = new ArrayList<>();
        collect(new ArrayList<>(), out);
        return out;
    }

    private void collect(List<PathElement> prefix, List<List<PathElement>> out) {
        if (member) {
            out.add(List.copyOf(prefix));
        }
        children.forEach((k, v) -> {
            prefix.add(k);
            v.collect(prefix, out);
            prefix.remove(prefix.size() - 1);
        });
    }

    public static String display(List<PathElement> path) {
        StringBuilder b = new StringBuilder();
        path.forEach(pe -> b.append(pe.display()));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldSet f && toFieldsV1().equals(f.toFieldsV1());
    }

    @Override
    public int hashCode() {
        return toFieldsV1().hashCode();
    }

    @Override
    public String toString() {
        return toFieldsV1().toString();
    }
}
