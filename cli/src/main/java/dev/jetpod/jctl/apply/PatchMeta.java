package dev.jetpod.jctl.apply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strategic-merge metadata of one field, as Kubernetes declares it with patchStrategy/patchMergeKey struct tags:
 * lists merged by a key (containers by name), lists of scalars merged as sets (finalizers), maps whose unlisted keys
 * are cleared ({@code retainKeys}: a Deployment's strategy, each volume), and the metadata of nested fields.
 * Maps merge and other lists are replaced whole. What jctl's apply diff and the apiserver's patch applier must agree on.
 */
public final class PatchMeta {
    /** Nothing known: maps merge, lists are replaced. */
    public static final PatchMeta ANY = new PatchMeta(Map.of(), null, false, false, null);

    private final Map<String, PatchMeta> fields;
    private final String mergeKey;
    private final boolean primitiveMerge;
    private final boolean retainKeys;
    private final PatchMeta element;

    private PatchMeta(Map<String, PatchMeta> fields, String mergeKey, boolean primitiveMerge, boolean retainKeys, PatchMeta element) {
        this.fields = fields;
        this.mergeKey = mergeKey;
        this.primitiveMerge = primitiveMerge;
        this.retainKeys = retainKeys;
        this.element = element;
    }

    /** A map whose listed fields have their own metadata. Arguments: name, meta, name, meta, … */
    public static PatchMeta object(Object... nameMetaPairs) {
        Map<String, PatchMeta> m = new LinkedHashMap<>();
        for (int i = 0; i < nameMetaPairs.length; i += 2) {
            m.put((String) nameMetaPairs[i], (PatchMeta) nameMetaPairs[i + 1]);
        }
        return new PatchMeta(Map.copyOf(m), null, false, false, null);
    }

    /** patchStrategy merge with patchMergeKey {@code key}: a list of maps merged element by element. */
    public static PatchMeta mergeList(String key, PatchMeta element) {
        return new PatchMeta(Map.of(), key, false, false, element);
    }

    public static PatchMeta mergeList(String key) {
        return mergeList(key, ANY);
    }

    /** patchStrategy merge without a key: a list of scalars merged as a set. */
    public static PatchMeta primitiveMergeList() {
        return new PatchMeta(Map.of(), null, true, false, ANY);
    }

    /** This map with patchStrategy retainKeys: a patch names the keys to keep. */
    public PatchMeta retainingKeys() {
        return new PatchMeta(fields, mergeKey, primitiveMerge, true, element);
    }

    public PatchMeta field(String name) {
        return fields.getOrDefault(name, ANY);
    }

    public boolean isMergeList() {
        return mergeKey != null;
    }

    public boolean isPrimitiveMergeList() {
        return primitiveMerge;
    }

    public boolean retainKeys() {
        return retainKeys;
    }

    public String mergeKey() {
        return mergeKey;
    }

    public PatchMeta element() {
        return element == null ? ANY : element;
    }
}
