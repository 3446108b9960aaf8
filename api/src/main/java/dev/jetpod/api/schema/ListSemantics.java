package dev.jetpod.api.schema;

import java.util.List;

/**
 * How a list merges, as Kubernetes declares it on the Go field with {@code +listType}/{@code +listMapKey} and
 * {@code patchStrategy}/{@code patchMergeKey}: atomic lists are replaced whole; sets merge scalar values; map lists
 * merge their items by key fields. The patch strategy ({@code merge}, {@code merge,retainKeys}) and merge key are
 * what strategic merge patch and kubectl's client-side apply read from the OpenAPI document.
 */
public record ListSemantics(Kind kind, List<String> keys, String patchStrategy, String patchMergeKey) {

    public enum Kind {
        ATOMIC("atomic"), SET("set"), MAP("map");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        /** The value of {@code x-kubernetes-list-type}. */
        public String wireName() {
            return wireName;
        }
    }

    public static final ListSemantics ATOMIC = new ListSemantics(Kind.ATOMIC, List.of(), null, null);

    public ListSemantics {
        keys = List.copyOf(keys);
    }

    /** Items merged by {@code mergeKey} (patchStrategy merge) and, for apply, keyed by {@code keys}. */
    public static ListSemantics mapByKeys(String mergeKey, String... keys) {
        return new ListSemantics(Kind.MAP, keys.length == 0 ? List.of(mergeKey) : List.of(keys), "merge", mergeKey);
    }

    /** Replaced whole by apply ({@code +listType=atomic}) yet merged by {@code mergeKey} in a strategic merge patch (hostIPs). */
    public static ListSemantics atomicMergedBy(String mergeKey) {
        return new ListSemantics(Kind.ATOMIC, List.of(), "merge", mergeKey);
    }

    /** A set of scalars merged by value (patchStrategy merge without a key, e.g. finalizers). */
    public static ListSemantics set() {
        return new ListSemantics(Kind.SET, List.of(), "merge", null);
    }

    /** Also retain only the union-member keys given in the patch ({@code merge,retainKeys}, volumes). */
    public ListSemantics withRetainKeys() {
        return new ListSemantics(kind, keys, "merge,retainKeys", patchMergeKey);
    }
}
