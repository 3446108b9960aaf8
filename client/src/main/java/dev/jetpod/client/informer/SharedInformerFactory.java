package dev.jetpod.client.informer;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.KubeClient;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out one informer per resource type and options, so the components of a process (the controllers of a
 * controller-manager, say) share one list+watch and one cache per type instead of each opening their own.
 * Register what you need, then {@link #start()} and wait for {@link #synced()}.
 */
public final class SharedInformerFactory {
    private record Key(ResourceType<?> type, InformerOptions options) {
    }

    private final KubeClient client;
    private final Map<Key, Informer<?>> informers = new LinkedHashMap<>();

    public SharedInformerFactory(KubeClient client) {
        this.client = client;
    }

    /** The informer for every object of the type. */
    public <T extends KubeObject<T>> Informer<T> informer(ResourceType<T> type) {
        return informer(type, InformerOptions.ALL);
    }

    @SuppressWarnings("unchecked")
    public synchronized <T extends KubeObject<T>> Informer<T> informer(ResourceType<T> type, InformerOptions options) {
        return (Informer<T>) informers.computeIfAbsent(new Key(type, options), k -> new Informer<>(client, type, options));
    }

    /** Starts every informer registered so far (idempotent; informers registered later need another call). */
    public synchronized Future<Void> start() {
        List<Future<Void>> all = new ArrayList<>();
        informers.values().forEach(i -> all.add(i.start()));
        return Future.all(all).mapEmpty();
    }

    /** Completes when every informer registered so far has its first list in its cache. */
    public synchronized Future<Void> synced() {
        List<Future<Void>> all = new ArrayList<>();
        informers.values().forEach(i -> all.add(i.synced()));
        return Future.all(all).mapEmpty();
    }

    public synchronized void stop() {
        informers.values().forEach(Informer::stop);
    }

    public KubeClient client() {
        return client;
    }
}
