package dev.jetpod.client.informer;

import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.KubeObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads an informer's cache the way controllers ask: by namespace and name, by namespace, by labels. Never calls
 * the apiserver. What it returns may be slightly behind the server; controllers reconcile again on the next event.
 */
public final class Lister<T extends KubeObject<T>> {
    private final IndexedCache<T> cache;

    public Lister(IndexedCache<T> cache) {
        this.cache = cache;
    }

    /** One object; for cluster-scoped types pass namespace null or "". */
    public Optional<T> get(String namespace, String name) {
        return cache.get(namespace, name);
    }

    public List<T> list() {
        return cache.list();
    }

    /** Everything in one namespace (null: all namespaces). */
    public List<T> list(String namespace) {
        return namespace == null ? cache.list() : cache.byIndex(Indexers.NAMESPACE, namespace);
    }

    /** Everything in the namespace (null: all) that the predicate accepts, e.g. a parsed label selector's matches. */
    public List<T> list(String namespace, Predicate<T> filter) {
        return list(namespace).stream().filter(filter).toList();
    }

    /** Everything in the namespace (null: all) carrying all of these labels (an equality selector). */
    public List<T> listByLabels(String namespace, Map<String, String> labels) {
        return list(namespace, o -> hasLabels(o, labels));
    }

    /** Everything in the namespace (null: all) a label selector matches, e.g. a ReplicaSet's spec.selector. */
    public List<T> list(String namespace, Selector selector) {
        if (selector.isNothing()) {
            return List.of();
        }
        return selector.isEverything() ? list(namespace)
                : list(namespace, o -> selector.matches(o.metadata() == null ? Map.of() : o.metadata().labelsOrEmpty()));
    }

    public List<T> byIndex(String indexName, String value) {
        return cache.byIndex(indexName, value);
    }

    private static boolean hasLabels(KubeObject<?> o, Map<String, String> wanted) {
        Map<String, String> have = o.metadata() == null ? Map.of() : o.metadata().labelsOrEmpty();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(have.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
