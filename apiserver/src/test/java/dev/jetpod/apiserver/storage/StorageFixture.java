package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.testkit.EtcdProcess;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real etcd, a Vert.x and a StorageFactory on it, shared by the tests of one class. */
final class StorageFixture implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    final EtcdProcess etcd;
    final Vertx vertx;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final StorageConfig config;
    final StorageFactory storage;

    StorageFixture(java.util.function.UnaryOperator<StorageConfig> tune) {
        etcd = EtcdProcess.startNew();
        vertx = Vertx.vertx();
        config = tune.apply(StorageConfig.defaults(java.util.List.of(etcd.endpoint())).withRequestTimeout(Duration.ofSeconds(2)));
        storage = StorageFactory.create(vertx, config, meters);
    }

    StorageFixture() {
        this(c -> c);
    }

    /** Another storage layer (its own connection and caches) on the same etcd, tuned differently; the caller closes it. */
    StorageFactory another(java.util.function.UnaryOperator<StorageConfig> tune) {
        return StorageFactory.create(vertx, tune.apply(config), meters);
    }

    /** A fresh namespace name, so tests sharing one etcd do not see each other's objects. */
    static String uniqueNamespace(String base) {
        return base + "-" + NAMES.incrementAndGet();
    }

    static ConfigMap configMap(String namespace, String name, Map<String, String> data) {
        return ConfigMap.of(ObjectMeta.named(namespace, name), data);
    }

    static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("no answer within 30 s", e);
        }
    }

    /** The ApiException a future fails with (the test fails if it succeeds or fails otherwise). */
    static ApiException failure(Future<?> f) {
        try {
            Object r = await(f);
            throw new AssertionError("expected a failure, got " + r);
        } catch (ApiException e) {
            return e;
        }
    }

    @Override
    public void close() {
        storage.close();
        await(vertx.close());
        etcd.close();
    }
}
