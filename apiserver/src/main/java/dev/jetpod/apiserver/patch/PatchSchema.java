package dev.jetpod.apiserver.patch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategic-merge metadata of a type, as Kubernetes declares it with patchStrategy/patchMergeKey struct tags:
 * which lists merge by a key (containers by name, ports by containerPort, …), which primitive lists merge as sets
 * (finalizers), and the schema of nested fields. Maps always merge; a list without a strategy is replaced whole.
 */
public final class PatchSchema {
    /** Nothing known: maps merge, lists are replaced. */
    public static final PatchSchema ANY = new PatchSchema(Map.of(), null, false, null);

    private final Map<String, PatchSchema> fields;
    private final String mergeKey;
    private final boolean primitiveMerge;
    private final PatchSchema element;

    private PatchSchema(Map<String, PatchSchema> fields, String mergeKey, boolean primitiveMerge, PatchSchema element) {
        this.fields = fields;
        this.mergeKey = mergeKey;
        this.primitiveMerge = primitiveMerge;
        this.element = element;
    }

    /** An object whose listed fields have their own schema. Arguments: name, schema, name, schema, … */
    public static PatchSchema object(Object... nameSchemaPairs) {
        Map<String, PatchSchema> m = new LinkedHashMap<>();
        for (int i = 0; i < nameSchemaPairs.length; i += 2) {
            m.put((String) nameSchemaPairs[i], (PatchSchema) nameSchemaPairs[i + 1]);
        }
        return new PatchSchema(Map.copyOf(m), null, false, null);
    }

    /** A list of objects merged by {@code key} (patchStrategy merge, patchMergeKey key). */
    public static PatchSchema mergeList(String key, PatchSchema element) {
        return new PatchSchema(Map.of(), key, false, element);
    }

    public static PatchSchema mergeList(String key) {
        return mergeList(key, ANY);
    }

    /** A list of scalars merged as a set (patchStrategy merge without a key, e.g. finalizers). */
    public static PatchSchema primitiveMergeList() {
        return new PatchSchema(Map.of(), null, true, ANY);
    }

    public PatchSchema field(String name) {
        return fields.getOrDefault(name, ANY);
    }

    public boolean isMergeList() {
        return mergeKey != null || primitiveMerge;
    }

    public boolean isPrimitiveMergeList() {
        return primitiveMerge;
    }

    public String mergeKey() {
        return mergeKey;
    }

    public PatchSchema element() {
        return element == null ? ANY : element;
    }
}
