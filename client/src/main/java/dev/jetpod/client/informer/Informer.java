package dev.jetpod.client.informer;

import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ResourceKey;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shared index informer: a local, indexed, always-catching-up copy of one resource type (optionally narrowed by
 * namespace and selectors), plus change notifications.
 * <pre>
 *   apiserver ──list+watch──▶ Reflector ──(event loop)──▶ IndexedCache ──▶ NotificationThread ──▶ handlers
 *                                                              ▲
 *                                    listers, controllers ─────┘ (any thread)
 * </pre>
 * The cache is updated first, then handlers hear of the change, so a handler that reads the cache sees at least
 * that change. After a relist (the watch expired) the difference to the cache is reported: adds, updates, and
 * {@link DeletedFinalStateUnknown} tombstones for objects that vanished meanwhile.
 */
public final class Informer<T extends KubeObject<T>> {
    private final KubeClient client;
    private final ResourceType<T> type;
    private final InformerOptions options;
    private final IndexedCache<T> cache = new IndexedCache<>();
    private final Lister<T> lister = new Lister<>(cache);
    private final NotificationThread<T> notifications;
    private final Promise<Void> synced = Promise.promise();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Context context;
    private final Reflector<T> reflector;
    private volatile boolean hasSynced;
    private long resyncTimer = -1;

    public Informer(KubeClient client, ResourceType<T> type, InformerOptions options) {
        this.client = client;
        this.type = type;
        this.options = Objects.requireNonNull(options);
        this.notifications = new NotificationThread<>(type.qualifiedName());
        // one context owns the reflector, the cache writes and the handler list; a fresh one so that informers do not
        // depend on which thread created them
        this.context = client.vertx().getOrCreateContext();
        this.reflector = new Reflector<>(client.resource(type), options, new CacheSink(), client.metrics(), context);
    }

    public ResourceType<T> type() {
        return type;
    }

    public InformerOptions options() {
        return options;
    }

    /** Adds a handler; if objects are cached already, it first receives an add for each of them. */
    public Informer<T> addEventHandler(ResourceEventHandler<T> handler) {
        context.runOnContext(v -> notifications.addHandler(handler, cache.list()));
        return this;
    }

    /** Adds an index (see {@link Indexers}); may be called at any time, existing objects are indexed at once. */
    public Informer<T> addIndexer(String name, IndexFunction<T> function) {
        cache.addIndexer(name, function);
        return this;
    }

    public Informer<T> addIndexers(Map<String, IndexFunction<T>> indexers) {
        indexers.forEach(this::addIndexer);
        return this;
    }

    /** Starts listing and watching (idempotent); the future completes when the first list is in the cache. */
    public Future<Void> start() {
        if (started.compareAndSet(false, true)) {
            reflector.start();
            if (options.resyncPeriod() != null && !options.resyncPeriod().isZero()) {
                context.runOnContext(v -> resyncTimer = client.vertx().setPeriodic(options.resyncPeriod().toMillis(), id -> context.runOnContext(x -> resync())));
            }
        }
        return synced.future();
    }

    /** Completes once the first full list is in the cache. */
    public Future<Void> synced() {
        return synced.future();
    }

    public boolean hasSynced() {
        return hasSynced;
    }

    public IndexedCache<T> cache() {
        return cache;
    }

    public Lister<T> lister() {
        return lister;
    }

    /** The resourceVersion of the last list or event applied (null before the first list). */
    public String lastSyncResourceVersion() {
        return reflector.lastResourceVersion();
    }

    /** Stops watching; handlers still receive what was already queued. The cache keeps its last content. */
    public void stop() {
        reflector.stop();
        context.runOnContext(v -> {
            if (resyncTimer >= 0) {
                client.vertx().cancelTimer(resyncTimer);
            }
            notifications.shutdown();
        });
    }

    private void resync() {
        for (T o : cache.list()) {
            notifications.updated(o, o, ResourceKey.of(o));
        }
    }

    /** Applies the reflector's output to the cache and reports each change; runs on the informer's context. */
    private final class CacheSink implements Reflector.Sink<T> {
        @Override
        public void replace(KubeList<T> list) {
            List<T> items = list.items() == null ? List.of() : list.items();
            Map<ResourceKey, T> old = cache.replaceAll(items);
            for (T now : items) {
                ResourceKey key = ResourceKey.of(now);
                T before = old.remove(key);
                if (before == null) {
                    notifications.added(now, key);
                } else if (!sameVersion(before, now)) {
                    notifications.updated(before, now, key);
                }
            }
            old.forEach((key, gone) -> notifications.tombstone(new DeletedFinalStateUnknown<>(key, gone)));
            if (!hasSynced) {
                hasSynced = true;
                synced.tryComplete();
            }
        }

        @Override
        public void apply(WatchEvent<T> e) {
            T o = e.object();
            ResourceKey key = ResourceKey.of(o);
            switch (e.type()) {
                case ADDED, MODIFIED -> cache.put(o).ifPresentOrElse(
                        before -> notifications.updated(before, o, key),
                        () -> notifications.added(o, key));
                case DELETED -> {
                    cache.remove(key);
                    notifications.deleted(o, key);
                }
                default -> {
                    // BOOKMARK and ERROR never reach the sink (the reflector consumes them)
                }
            }
        }

        private boolean sameVersion(T a, T b) {
            String ra = a.metadata() == null ? null : a.metadata().resourceVersion();
            String rb = b.metadata() == null ? null : b.metadata().resourceVersion();
            return ra != null && ra.equals(rb);
        }
    }
}
