package dev.jetpod.api.schema;

/**
 * The strategic-merge view of a value's {@link Schema}: what Kubernetes declares with {@code patchStrategy} and
 * {@code patchMergeKey} struct tags, read from {@link FieldRules} through the schema. Lists merged by a key
 * (containers by name), lists of scalars merged as sets (finalizers), maps whose unlisted keys are dropped
 * ({@code retainKeys}: a Deployment's strategy, each volume), and the metadata of nested fields. Maps merge; other
 * lists are replaced whole. The apiserver's strategic merge patch and jctl's three-way patch both read this, so the
 * patch a client computes and the way the server applies it cannot disagree.
 */
public final class PatchMeta {
    /** Nothing known (a field the model lacks, free-form JSON): maps merge, lists are replaced. */
    public static final PatchMeta ANY = new PatchMeta(null, new Schema.Untyped(), null, false);

    private final FieldRules rules;
    private final Schema schema;
    private final ListSemantics list;
    private final boolean retainKeys;

    private PatchMeta(FieldRules rules, Schema schema, ListSemantics list, boolean retainKeys) {
        this.rules = rules;
        this.schema = schema;
        this.list = list;
        this.retainKeys = retainKeys;
    }

    /** The metadata of a whole object of {@code type} (a record: Pod, Deployment, …). */
    public static PatchMeta of(Schemas schemas, Class<?> type) {
        return new PatchMeta(schemas.rules(), schemas.of(type), null, false);
    }

    /** The metadata of the field {@code name} of this map; {@link #ANY} when the model does not know it. */
    public PatchMeta field(String name) {
        if (schema instanceof Schema.Struct struct) {
            return struct.field(name).map(f -> fieldMeta(struct, f)).orElse(ANY);
        }
        if (schema instanceof Schema.MapOf map) {
            return valueMeta(map.values(), false);
        }
        return ANY;
    }

    private PatchMeta fieldMeta(Schema.Struct owner, Field f) {
        boolean retain = rules.structPatchStrategy(owner.javaType(), f.name()).map(PatchMeta::retainsKeys).orElse(false);
        return valueMeta(f.schema(), retain);
    }

    private PatchMeta valueMeta(Schema s, boolean retain) {
        if (s instanceof Schema.ListOf l) {
            return new PatchMeta(rules, l.element(), l.semantics(), false);
        }
        return new PatchMeta(rules, s, null, retain);
    }

    /** The metadata of each element of this list (a volume retains keys because its list says merge,retainKeys). */
    public PatchMeta element() {
        if (list == null) {
            return ANY;
        }
        boolean retain = list.patchStrategy() != null && retainsKeys(list.patchStrategy());
        return new PatchMeta(rules, schema, null, retain);
    }

    /** patchStrategy merge on a list, with a key (a list of maps) or without (a set of scalars). */
    public boolean isMergeList() {
        return list != null && list.patchStrategy() != null && list.patchStrategy().startsWith("merge");
    }

    /** A list of maps merged element by element, matched on {@link #mergeKey()}. */
    public boolean hasMergeKey() {
        return isMergeList() && list.patchMergeKey() != null;
    }

    /** A list of scalars merged as a set (finalizers). */
    public boolean isPrimitiveMergeList() {
        return isMergeList() && list.patchMergeKey() == null;
    }

    /** The patchMergeKey of a keyed merge list, else null. */
    public String mergeKey() {
        return hasMergeKey() ? list.patchMergeKey() : null;
    }

    /** patchStrategy retainKeys on this map: a patch may name the keys to keep. */
    public boolean retainKeys() {
        return retainKeys;
    }

    private static boolean retainsKeys(String patchStrategy) {
        for (String s : patchStrategy.split(",")) {
            if (s.equals("retainKeys")) {
                return true;
            }
        }
        return false;
    }
}
