package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.configMap;
import static dev.jetpod.apiserver.storage.StorageFixture.failure;
import static dev.jetpod.apiserver.storage.StorageFixture.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.meta.WatchEvent.Type;
import dev.jetpod.api.scheme.Resources;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** etcd going away and coming back: fast 503s, recovery without a restart, watchers resuming or expiring. */
class EtcdOutageTest {
    private static StorageFixture fx;

    @BeforeAll
    static void start() {
        fx = new StorageFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static boolean serving(ObjectStore<ConfigMap> store, String ns) {
        try {
            await(store.list(ListOptions.all(ns)));
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Test
    void whileEtcdIsDownRequestsFailWith503AndAfterItsRestartStorageServesAndWatchersContinue() {
        ObjectStore<ConfigMap> store = fx.storage.store(Resources.CONFIGMAPS);
        String ns = uniqueNamespace("outage");
        ConfigMap before = await(store.create(configMap(ns, "before", Map.of())));
        Awaitility.await().until(fx.storage::cachesReady);
        RecordingListener<ConfigMap> watcher = new RecordingListener<>();
        store.watch(new WatchOptions<>(ns, null, before.metadata().resourceVersion(), false), watcher);

        fx.etcd.stop();
        try {
            for (var attempt : List.<java.util.function.Supplier<io.vertx.core.Future<?>>>of(
                    () -> store.get(ns, "before"),
                    () -> store.create(configMap(ns, "during", Map.of())),
                    () -> store.guaranteedUpdate(ns, "x", c -> c),
                    () -> store.delete(ns, "before", null),
                    () -> store.list(ListOptions.all(ns)),
                    fx.storage::checkReady)) {
                ApiException e = failure(attempt.get());
                assertEquals(503, e.code(), e.getMessage());
                assertEquals(StatusReason.SERVICE_UNAVAILABLE, e.reason());
                assertTrue(e.getMessage().matches("etcd is unreachable \\(.+\\): (cannot connect|connection refused|connection closed)"
                        + "|etcd did not answer .+ in time; etcd may be unreachable"), e.getMessage());
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !fx.storage.cachesReady());
            // the cache is not in step with etcd now: a resourceVersion=0 list goes to etcd and fails too
            assertEquals(503, failure(store.list(new ListOptions<>(ns, null, "0", 0, null))).code());
            RecordingListener<ConfigMap> late = new RecordingListener<>();
            store.watch(new WatchOptions<>(ns, null, "0", false), late);
            assertEquals(503, late.awaitError().code());
        } finally {
            fx.etcd.start();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> serving(store, ns));
        await(fx.storage.checkReady());
        await(store.create(configMap(ns, "after", Map.of())));
        watcher.awaitEvent(e -> e.name().equals("after"));
        assertTrue(watcher.errors.isEmpty(), "the watcher's position survived the outage: " + watcher.errors);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(fx.storage::cachesReady);
    }

    @Test
    void whenTheCachesPositionWasCompactedDuringAPartitionItRelistsAndItsWatchersExpire() throws Exception {
        String ns = uniqueNamespace("partition");
        try (TcpProxy proxy = new TcpProxy(fx.vertx, fx.etcd.clientPort());
             StorageFactory behindProxy = StorageFactory.create(fx.vertx,
                     StorageConfig.defaults(List.of(proxy.endpoint())).withRequestTimeout(Duration.ofSeconds(2)), fx.meters);
             Client direct = Client.builder().endpoints(fx.etcd.endpoint()).build()) {
            ObjectStore<ConfigMap> store = behindProxy.store(Resources.CONFIGMAPS);
            ConfigMap first = await(store.create(configMap(ns, "first", Map.of())));
            Awaitility.await().until(behindProxy::cachesReady);
            RecordingListener<ConfigMap> watcher = new RecordingListener<>();
            store.watch(new WatchOptions<>(ns, null, first.metadata().resourceVersion(), false), watcher);

            proxy.cut();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !behindProxy.cachesReady());
            // meanwhile, another apiserver writes and compacts etcd's history past the cache's position
            long rev = 0;
            for (String name : List.of("missed-1", "missed-2")) {
                String value = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\"}}";
                rev = direct.getKVClient().put(ByteSequence.from("/registry/core/configmaps/" + ns + "/" + name, StandardCharsets.UTF_8),
                        ByteSequence.from(value, StandardCharsets.UTF_8)).get().getHeader().getRevision();
            }
            direct.getKVClient().compact(rev).get();
            proxy.restore();

            ApiException expired = watcher.awaitError();
            assertEquals(410, expired.code());
            assertTrue(expired.getMessage().startsWith("too old resource version: "), expired.getMessage());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(behindProxy::cachesReady);
            List<String> names = await(store.list(new ListOptions<>(ns, null, "0", 0, null))).items().stream().map(c -> c.metadata().name()).toList();
            assertEquals(List.of("first", "missed-1", "missed-2"), names);

            RecordingListener<ConfigMap> fresh = new RecordingListener<>();
            store.watch(new WatchOptions<>(ns, null, Long.toString(rev), false), fresh);
            await(store.create(configMap(ns, "next", Map.of())));
            fresh.awaitEvent(e -> e.name().equals("next") && e.type() == Type.ADDED);
        }
    }

    @Test
    void aFrozenEtcdMakesRequestsTimeOutWith503InsteadOfHanging() throws Exception {
        ObjectStore<ConfigMap> store = fx.storage.store(Resources.CONFIGMAPS);
        String ns = uniqueNamespace("frozen");
        await(store.create(configMap(ns, "x", Map.of())));
        signal("STOP");
        try {
            // the TCP connection stays up but nothing answers: only the deadline ends the request
            ApiException e = failure(store.get(ns, "x"));
            assertEquals(503, e.code(), e.getMessage());
            // gRPC's own words ("CallOptions deadline exceeded after 4.99s. Name resolution delay …") stay in the log
            assertTrue(e.getMessage().matches("etcd is unreachable \\(get configmaps\\): no answer within the request timeout"
                    + "|etcd did not answer get configmaps in time; etcd may be unreachable"), e.getMessage());
            assertEquals(503, failure(fx.storage.checkReady()).code());
        } finally {
            signal("CONT");
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> serving(store, ns));
        assertEquals("x", await(store.get(ns, "x")).metadata().name());
    }

    /** Signals the etcd this test class started (by its PID, never by name). */
    private static void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(fx.etcd.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }
}
