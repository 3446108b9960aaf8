package dev.jetpod.apiserver.storage;

/**
 * @param namespace        null for all namespaces (or a cluster-scoped type)
 * @param filter           objects to keep
 * @param resourceVersion  "" or null: most recent (consistent read); "0": any (served from the watch cache);
 *                         a number: at least that fresh, per resourceVersionMatch semantics kept simple (not older than)
 * @param limit            0: no paging
 * @param continueToken    opaque token from a previous page's ListMeta
 */
public record ListOptions<T>(String namespace, ObjectFilter<T> filter, String resourceVersion, long limit, String continueToken) {
    public static <T> ListOptions<T> all(String namespace) {
        return new ListOptions<>(namespace, ObjectFilter.everything(), null, 0, null);
    }
}
