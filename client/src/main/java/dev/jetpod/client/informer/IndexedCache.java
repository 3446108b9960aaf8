package dev.jetpod.client.informer;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.client.ResourceKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A thread-safe store of immutable objects keyed by {@link ResourceKey}, with secondary indexes kept in step with
 * every write. An informer writes it; listers, controllers and schedulers read it from any thread. Objects handed
 * out are the cached instances: they are immutable records, change them through their {@code with…} methods.
 * Tests may fill one directly (put/replaceAll) to give a controller a pre-filled cache.
 */
public final class IndexedCache<T extends KubeObject<T>> {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<ResourceKey, T> items = new HashMap<>();
    private final Map<String, IndexFunction<T>> indexers = new LinkedHashMap<>();
    private final Map<String, Map<String, Set<ResourceKey>>> indices = new HashMap<>();

    public IndexedCache() {
        addIndexer(Indexers.NAMESPACE, Indexers.namespace());
    }

    /** Adds an index and fills it from what is cached; a name in use is replaced. */
    public void addIndexer(String name, IndexFunction<T> function) {
        lock.writeLock().lock();
        try {
            indexers.put(name, function);
            Map<String, Set<ResourceKey>> index = new HashMap<>();
            indices.put(name, index);
            items.forEach((k, o) -> addToIndex(index, function, k, o));
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<T> get(ResourceKey key) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(items.get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    public Optional<T> get(String namespace, String name) {
        return get(new ResourceKey(namespace, name));
    }

    public List<T> list() {
        lock.readLock().lock();
        try {
            return List.copyOf(items.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<ResourceKey> keys() {
        lock.readLock().lock();
        try {
            return List.copyOf(items.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return items.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The objects filed under {@code value} in the named index. */
    public List<T> byIndex(String indexName, String value) {
        lock.readLock().lock();
        try {
            Set<ResourceKey> keys = index(indexName).getOrDefault(value, Set.of());
            List<T> out = new ArrayList<>(keys.size());
            for (ResourceKey k : keys) {
                out.add(items.get(k));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The values that currently have objects in the named index. */
    public Set<String> indexValues(String indexName) {
        lock.readLock().lock();
        try {
            return Set.copyOf(index(indexName).keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    private Map<String, Set<ResourceKey>> index(String indexName) {
        Map<String, Set<ResourceKey>> index = indices.get(indexName);
        if (index == null) {
            throw new IllegalArgumentException("no index named \"" + indexName + "\" (have " + indices.keySet() + ")");
        }
        return index;
    }

    /** Stores the object; returns the one it replaced, if any. */
    public Optional<T> put(T object) {
        ResourceKey key = ResourceKey.of(object);
        lock.writeLock().lock();
        try {
            T old = items.put(key, object);
            if (old != null) {
                unindex(key, old);
            }
            index(key, object);
            return Optional.ofNullable(old);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the key; returns what was stored, if anything. */
    public Optional<T> remove(ResourceKey key) {
        lock.writeLock().lock();
        try {
            T old = items.remove(key);
            if (old != null) {
                unindex(key, old);
            }
            return Optional.ofNullable(old);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces everything at once (after a list); readers see the old or the new content, never a mix. */
    public Map<ResourceKey, T> replaceAll(Collection<T> objects) {
        lock.writeLock().lock();
        try {
            Map<ResourceKey, T> old = new HashMap<>(items);
            items.clear();
            indices.values().forEach(Map::clear);
            for (T o : objects) {
                ResourceKey k = ResourceKey.of(o);
                items.put(k, o);
                index(k, o);
            }
            return old;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void index(ResourceKey key, T object) {
        indexers.forEach((name, fn) -> addToIndex(indices.get(name), fn, key, object));
    }

    private static <T> void addToIndex(Map<String, Set<ResourceKey>> index, IndexFunction<T> fn, ResourceKey key, T object) {
        for (String v : fn.values(object)) {
            index.computeIfAbsent(v, x -> new HashSet<>()).add(key);
        }
    }

    private void unindex(ResourceKey key, T object) {
        indexers.forEach((name, fn) -> {
            Map<String, Set<ResourceKey>> index = indices.get(name);
            for (String v : fn.values(object)) {
                Set<ResourceKey> keys = index.get(v);
                if (keys != null) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        index.remove(v);
                    }
                }
            }
        });
    }
}
