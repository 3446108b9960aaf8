package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The storage layer of one apiserver: one etcd connection, one {@link ObjectStore} and watch cache per resource type,
 * and the periodic compactor. The apiserver makes one at start-up and closes it on shutdown:
 *
 * <pre>{@code
 * StorageFactory storage = StorageFactory.create(vertx, StorageConfig.fromEtcdServers(etcdServers), meterRegistry);
 * ObjectStore<Pod> pods = storage.store(Resources.PODS);   // starts the pods watch cache
 * storage.checkReady();                                     // for /readyz
 * }</pre>
 */
public final class StorageFactory implements AutoCloseable {
    private final Vertx vertx;
    private final StorageMetrics metrics;
    private final EtcdConnection etcd;
    private final Compactor compactor;
    private final ObjectMapper json;
    private final Map<ResourceType<?>, Entry<?>> stores = new ConcurrentHashMap<>();

    private StorageFactory(Vertx vertx, StorageConfig config, MeterRegistry registry) {
        this.vertx = vertx;
        this.metrics = new StorageMetrics(registry);
        this.etcd = new EtcdConnection(vertx, config, metrics);
        this.compactor = new Compactor(vertx, etcd, metrics);
        this.json = Codecs.json();
    }

    /** Connects lazily: nothing here waits for etcd, so the apiserver can start (and report not ready) while etcd is down. */
    public static StorageFactory create(Vertx vertx, StorageConfig config, MeterRegistry registry) {
        return new StorageFactory(vertx, config, registry);
    }

    /** The store for {@code type}; the first call starts the type's watch cache (list + one etcd watch). */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> ObjectStore<T> store(ResourceType<T> type) {
        return ((Entry<T>) stores.computeIfAbsent(type, t -> open(type))).store();
    }

    private <T extends KubeObject<T>> Entry<T> open(ResourceType<T> type) {
        String resource = type.qualifiedName();
        KeyLayout layout = new KeyLayout(type);
        ObjectCodec<T> codec = new ObjectCodec<>(type, json);
        EtcdLister<T> lister = new EtcdLister<>(vertx, etcd, layout, codec, json, resource);
        WatchCache<T> cache = new WatchCache<>(vertx, resource, codec, etcd.config(), metrics);
        CacheReflector<T> reflector = new CacheReflector<>(vertx, etcd, cache, lister, codec, layout.resourcePrefix(), resource, metrics);
        return new Entry<>(new EtcdObjectStore<>(type, vertx, etcd, layout, codec, lister, cache, metrics, json), cache, reflector);
    }

    /** Succeeds when etcd answers a read within a short timeout; fails with a 503 ApiException naming etcd otherwise. */
    public Future<Void> checkReady() {
        return etcd.checkReady();
    }

    /** True when every store made so far has a watch cache in step with etcd. */
    public boolean cachesReady() {
        for (Entry<?> e : stores.values()) {
            if (!e.cache().isReady()) {
                return false;
            }
        }
        return true;
    }

    /** Types whose watch cache is not (yet, or currently not) in step with etcd, e.g. for a /readyz detail line. */
    public List<String> cachesNotReady() {
        List<String> out = new ArrayList<>();
        stores.forEach((type, e) -> {
            if (!e.cache().isReady()) {
                out.add(type.qualifiedName());
            }
        });
        return out;
    }

    /** Compacts etcd history older than the configured retention now, instead of waiting for the next interval. */
    public Future<Long> compactNow() {
        return compactor.compactNow();
    }

    @Override
    public void close() {
        compactor.close();
        stores.values().forEach(e -> e.reflector().close());
        etcd.close();
    }

    private record Entry<T extends KubeObject<T>>(ObjectStore<T> store, WatchCache<T> cache, CacheReflector<T> reflector) {
    }
}
