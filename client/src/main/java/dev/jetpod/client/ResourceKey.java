package dev.jetpod.client;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/**
 * An object's identity within one resource type: {@code namespace/name}, or just {@code name} for cluster-scoped
 * objects (namespace ""). What caches are keyed by and what work queues carry.
 */
public record ResourceKey(String namespace, String name) implements Comparable<ResourceKey> {
    public ResourceKey {
        namespace = namespace == null ? "" : namespace;
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a resource key needs a name");
        }
    }

    public static ResourceKey of(KubeObject<?> object) {
        ObjectMeta m = object.metadata();
        if (m == null) {
            throw new IllegalArgumentException("object without metadata has no key");
        }
        return new ResourceKey(m.namespace(), m.name());
    }

    public static ResourceKey cluster(String name) {
        return new ResourceKey("", name);
    }

    /** Parses {@code ns/name} or {@code name}. */
    public static ResourceKey parse(String key) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return new ResourceKey("", key);
        }
        if (key.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("not a resource key (namespace/name): " + key);
        }
        return new ResourceKey(key.substring(0, slash), key.substring(slash + 1));
    }

    public boolean isNamespaced() {
        return !namespace.isEmpty();
    }

    @Override
    public int compareTo(ResourceKey o) {
        int c = namespace.compareTo(o.namespace);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
