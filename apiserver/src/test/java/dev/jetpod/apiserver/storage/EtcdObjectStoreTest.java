package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.configMap;
import static dev.jetpod.apiserver.storage.StorageFixture.failure;
import static dev.jetpod.apiserver.storage.StorageFixture.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.scheme.Resources;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Create, get, update and delete against a real etcd: semantics, errors and optimistic concurrency. */
class EtcdObjectStoreTest {
    private static StorageFixture fx;
    private static ObjectStore<ConfigMap> configMaps;
    private static ObjectStore<Namespace> namespaces;
    private static Client raw;

    @BeforeAll
    static void start() {
        fx = new StorageFixture();
        configMaps = fx.storage.store(Resources.CONFIGMAPS);
        namespaces = fx.storage.store(Resources.NAMESPACES);
        raw = Client.builder().endpoints(fx.etcd.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        raw.close();
        fx.close();
    }

    private static KeyValue rawGet(String key) throws Exception {
        List<KeyValue> kvs = raw.getKVClient().get(ByteSequence.from(key, StandardCharsets.UTF_8)).get().getKvs();
        return kvs.isEmpty() ? null : kvs.get(0);
    }

    @Test
    void createStoresJsonWithoutResourceVersionUnderTheRegistryKey() throws Exception {
        String ns = uniqueNamespace("crud");
        ConfigMap created = await(configMaps.create(configMap(ns, "app", Map.of("k", "v")).withMetadata(
                ObjectMeta.named(ns, "app").withResourceVersion("999"))));

        KeyValue kv = rawGet("/registry/core/configmaps/" + ns + "/app");
        String stored = kv.getValue().toString(StandardCharsets.UTF_8);
        assertFalse(stored.contains("resourceVersion"), stored);
        assertTrue(stored.contains("\"kind\":\"ConfigMap\""), stored);
        assertEquals(Long.toString(kv.getModRevision()), created.metadata().resourceVersion());

        ConfigMap read = await(configMaps.get(ns, "app"));
        assertEquals(Map.of("k", "v"), read.data());
        assertEquals(created.metadata().resourceVersion(), read.metadata().resourceVersion());
        assertEquals("v1", read.apiVersion());
    }

    @Test
    void clusterScopedObjectsHaveNoNamespaceSegment() throws Exception {
        String name = uniqueNamespace("cluster");
        await(namespaces.create(Namespace.of(ObjectMeta.named(name))));
        assertTrue(rawGet("/registry/core/namespaces/" + name) != null);
        assertEquals(name, await(namespaces.get(null, name)).metadata().name());
    }

    @Test
    void creatingTwiceIsAlreadyExistsAndKeepsTheFirst() {
        String ns = uniqueNamespace("dup");
        await(configMaps.create(configMap(ns, "a", Map.of("v", "1"))));
        ApiException e = failure(configMaps.create(configMap(ns, "a", Map.of("v", "2"))));
        assertEquals(409, e.code());
        assertEquals(StatusReason.ALREADY_EXISTS, e.reason());
        assertEquals("configmaps \"a\" already exists", e.getMessage());
        assertEquals("1", await(configMaps.get(ns, "a")).data().get("v"));
    }

    @Test
    void missingObjectsAreNotFound() {
        ApiException e = failure(configMaps.get("nowhere", "nothing"));
        assertEquals(404, e.code());
        assertEquals("configmaps \"nothing\" not found", e.getMessage());
        assertTrue(failure(configMaps.delete("nowhere", "nothing", null)).isNotFound());
        assertTrue(failure(configMaps.guaranteedUpdate("nowhere", "nothing", c -> c.withData(Map.of()))).isNotFound());
    }

    @Test
    void namesThatCouldEscapeTheirKeyAreRejected() {
        assertEquals(400, failure(configMaps.get("ns", "a/b")).code());
        assertEquals(400, failure(configMaps.create(configMap("..", "x", Map.of()))).code());
        assertEquals(400, failure(configMaps.create(configMap(null, "x", Map.of()))).code());
    }

    @Test
    void guaranteedUpdateWritesANewRevisionAndNoOpWritesNothing() {
        String ns = uniqueNamespace("upd");
        ConfigMap v1 = await(configMaps.create(configMap(ns, "c", Map.of("n", "1"))));
        ConfigMap v2 = await(configMaps.guaranteedUpdate(ns, "c", c -> c.withData(Map.of("n", "2"))));
        assertTrue(Long.parseLong(v2.metadata().resourceVersion()) > Long.parseLong(v1.metadata().resourceVersion()));
        assertEquals("2", await(configMaps.get(ns, "c")).data().get("n"));

        ConfigMap same = await(configMaps.guaranteedUpdate(ns, "c", c -> c));
        assertEquals(v2.metadata().resourceVersion(), same.metadata().resourceVersion());
        assertEquals(v2.metadata().resourceVersion(), await(configMaps.get(ns, "c")).metadata().resourceVersion());
    }

    @Test
    void aStaleResourceVersionPreconditionIsAConflict() {
        String ns = uniqueNamespace("stale");
        ConfigMap v1 = await(configMaps.create(configMap(ns, "c", Map.of("n", "1"))));
        await(configMaps.guaranteedUpdate(ns, "c", c -> c.withData(Map.of("n", "2"))));
        String staleRv = v1.metadata().resourceVersion();
        ApiException e = failure(configMaps.guaranteedUpdate(ns, "c", c -> {
            if (!c.metadata().resourceVersion().equals(staleRv)) {
                throw ApiException.modified("", "configmaps", "c");
            }
            return c.withData(Map.of("n", "3"));
        }));
        assertEquals(409, e.code());
        assertEquals(StatusReason.CONFLICT, e.reason());
        assertEquals("2", await(configMaps.get(ns, "c")).data().get("n"));
    }

    @Test
    void concurrentGuaranteedUpdatesLoseNoUpdate() {
        String ns = uniqueNamespace("counter");
        await(configMaps.create(configMap(ns, "counter", Map.of("n", "0"))));
        int writers = 16;
        int incrementsEach = 8;
        List<Future<ConfigMap>> all = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            // each writer on its own event-loop context, chaining its increments
            io.vertx.core.Promise<ConfigMap> done = io.vertx.core.Promise.promise();
            fx.vertx.getOrCreateContext().runOnContext(v -> {
                Future<ConfigMap> chain = Future.succeededFuture();
                for (int i = 0; i < incrementsEach; i++) {
                    chain = chain.compose(x -> configMaps.guaranteedUpdate(ns, "counter", StorageFixtureIncrement::increment));
                }
                chain.onComplete(done);
            });
            all.add(done.future());
        }
        await(Future.all(all));
        assertEquals(Integer.toString(writers * incrementsEach), await(configMaps.get(ns, "counter")).data().get("n"));
    }

    /** The pure update function of the counter test: n := n + 1. */
    static final class StorageFixtureIncrement {
        static ConfigMap increment(ConfigMap c) {
            Map<String, String> d = new HashMap<>(c.data());
            d.put("n", Integer.toString(Integer.parseInt(d.get("n")) + 1));
            return c.withData(d);
        }
    }

    @Test
    void anUpdateMayNotRenameTheObject() {
        String ns = uniqueNamespace("rename");
        await(configMaps.create(configMap(ns, "c", Map.of())));
        ApiException e = failure(configMaps.guaranteedUpdate(ns, "c", c -> c.withMetadata(c.metadata().withName("other"))));
        assertEquals(400, e.code());
    }

    @Test
    void deleteReturnsTheLastStoredObjectAndHonoursAnExpectedRevision() throws Exception {
        String ns = uniqueNamespace("del");
        ConfigMap v1 = await(configMaps.create(configMap(ns, "c", Map.of("n", "1"))));
        ConfigMap v2 = await(configMaps.guaranteedUpdate(ns, "c", c -> c.withData(Map.of("n", "2"))));

        ApiException conflict = failure(configMaps.delete(ns, "c", v1.metadata().resourceVersion()));
        assertEquals(409, conflict.code());
        assertEquals(StatusReason.CONFLICT, conflict.reason());
        assertTrue(conflict.getMessage().startsWith("Operation cannot be fulfilled on configmaps \"c\""), conflict.getMessage());
        assertEquals("2", await(configMaps.get(ns, "c")).data().get("n"));

        ConfigMap deleted = await(configMaps.delete(ns, "c", v2.metadata().resourceVersion()));
        assertEquals("2", deleted.data().get("n"));
        assertEquals(v2.metadata().resourceVersion(), deleted.metadata().resourceVersion());
        assertNull(rawGet("/registry/core/configmaps/" + ns + "/c"));
        assertTrue(failure(configMaps.delete(ns, "c", null)).isNotFound());

        await(configMaps.create(configMap(ns, "d", Map.of())));
        assertEquals("d", await(configMaps.delete(ns, "d", null)).metadata().name());
        assertEquals(400, failure(configMaps.delete(ns, "x", "not-a-number")).code());
    }

    @Test
    void getAtResourceVersionZeroIsServedByTheWatchCache() {
        String ns = uniqueNamespace("cached");
        ConfigMap created = await(configMaps.create(configMap(ns, "c", Map.of())));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            try {
                return await(configMaps.get(ns, "c", "0")).metadata().resourceVersion().equals(created.metadata().resourceVersion());
            } catch (ApiException e) {
                return false;
            }
        });
        assertTrue(failure(configMaps.get(ns, "absent", "0")).isNotFound());
        assertNotEquals(0, configMaps.currentRevision());
    }

    @Test
    void anUpdateRacingAWriteTheCacheHasNotSeenAppliesToTheCurrentObject() throws Exception {
        String ns = uniqueNamespace("lag");
        await(configMaps.create(configMap(ns, "c", Map.of("n", "0"))));
        org.awaitility.Awaitility.await().until(() -> isCached(ns, "c"));
        for (int i = 1; i <= 10; i++) {
            // a write behind the store's back (another apiserver, say): the cache learns of it only via its watch
            String value = "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\",\"namespace\":\"" + ns
                    + "\"},\"data\":{\"n\":\"" + (i * 100) + "\"}}";
            raw.getKVClient().put(ByteSequence.from("/registry/core/configmaps/" + ns + "/c", StandardCharsets.UTF_8),
                    ByteSequence.from(value, StandardCharsets.UTF_8)).get();
            ConfigMap updated = await(configMaps.guaranteedUpdate(ns, "c", StorageFixtureIncrement::increment));
            assertEquals(Integer.toString(i * 100 + 1), updated.data().get("n"));
        }
    }

    private static boolean isCached(String ns, String name) {
        try {
            await(configMaps.get(ns, name, "0"));
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    @Test
    void etcdLatencyAndCacheSizeAreMetered() {
        String ns = uniqueNamespace("metrics");
        await(configMaps.create(configMap(ns, "m", Map.of())));
        await(configMaps.get(ns, "m"));
        assertTrue(fx.meters.find("etcd.request.duration").tags("operation", "create", "resource", "configmaps").timer().count() > 0);
        assertTrue(fx.meters.find("etcd.request.duration").tags("operation", "get", "resource", "configmaps").timer().count() > 0);
        org.awaitility.Awaitility.await().until(() ->
                fx.meters.find("apiserver.watch.cache.objects").tag("resource", "configmaps").gauge().value() > 0);
        assertTrue(fx.meters.find("apiserver.watch.cache.events.received").tag("resource", "configmaps").counter().count() > 0);
        failure(configMaps.get(ns, "absent"));
        assertEquals(0, fx.meters.find("etcd.request.errors").counters().size(), "a NotFound is an answer, not an etcd error");
    }
}
