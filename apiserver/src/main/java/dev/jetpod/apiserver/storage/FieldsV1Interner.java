package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ManagedFieldsEntry;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each distinct {@code managedFields[].fieldsV1} tree among the objects a store holds. Objects
 * written by the same manager with the same set of fields (all the pods a ReplicaSet makes) carry equal trees, and the
 * tree of a pod's fields is some fifty JSON maps, more memory than the rest of the pod: shared, the watch cache holds
 * it once rather than once per object (and the collector has that much less to copy). Stored objects are never
 * modified (patches and apply work on copies of their trees), so sharing them is safe.
 */
final class FieldsV1Interner {
    /** Distinct trees kept; past this (an unusual variety of managers and shapes) it starts afresh. */
    private static final int MAX_SHARED = 4096;

    private final ConcurrentHashMap<JsonNode, JsonNode> shared = new ConcurrentHashMap<>();

    /** {@code object} with each fieldsV1 tree replaced by the shared equal one (the same instance if nothing changes). */
    <T extends KubeObject<T>> T intern(T object) {
        ObjectMeta m = object.metadata();
        List<ManagedFieldsEntry> entries = m == null ? null : m.managedFields();
        if (entries == null || entries.isEmpty()) {
            return object;
        }
        List<ManagedFieldsEntry> out = null;
        for (int i = 0; i < entries.size(); i++) {
            ManagedFieldsEntry e = entries.get(i);
            JsonNode tree = e.fieldsV1();
            if (tree == null) {
                continue;
            }
            JsonNode canonical = canonical(tree);
            if (canonical != tree) {
                if (out == null) {
                    out = new ArrayList<>(entries);
                }
                out.set(i, new ManagedFieldsEntry(e.manager(), e.operation(), e.apiVersion(), e.time(), e.fieldsType(), canonical, e.subresource()));
            }
        }
        return out == null ? object : object.withMetadata(m.withManagedFields(List.copyOf(out)));
    }

    private JsonNode canonical(JsonNode tree) {
        JsonNode known = shared.putIfAbsent(tree, tree);
        if (known != null) {
            return known;
        }
        if (shared.size() > MAX_SHARED) {
            shared.clear();
        }
        return tree;
    }
}
