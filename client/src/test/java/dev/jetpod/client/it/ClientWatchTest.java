package dev.jetpod.client.it;

import static dev.jetpod.client.it.Manifests.configMap;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.ResourceClient;
import dev.jetpod.client.Watch;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.blocking.BlockingResourceClient;
import dev.jetpod.client.blocking.BlockingWatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watches against the real API server: order, resumption from a resourceVersion, 410 after compaction, cancel. */
class ClientWatchTest {
    private static ApiServerFixture f;
    private static BlockingResourceClient<ConfigMap> cms;
    private static ResourceClient<ConfigMap> async;

    @BeforeAll
    static void start() {
        f = new ApiServerFixture();
        cms = f.client.blocking().resource(Resources.CONFIGMAPS);
        async = f.client.resource(Resources.CONFIGMAPS);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String describe(WatchEvent<ConfigMap> e) {
        return e.type() + " " + e.object().metadata().name() + "@" + e.object().metadata().resourceVersion();
    }

    @Test
    void seesChangesAfterTheListInOrderAndResumesFromAnyResourceVersion() {
        String ns = f.newNamespace("watch");
        cms.create(configMap(ns, "before", Map.of(), Map.of()));
        String listRv = cms.list(ns, ListOptions.NONE).metadata().resourceVersion();

        List<WatchEvent<ConfigMap>> events = new CopyOnWriteArrayList<>();
        Watch w = Await.result(async.watch(ns, ListOptions.NONE.withResourceVersion(listRv), events::add));
        ConfigMap a = cms.create(configMap(ns, "a", Map.of(), Map.of("v", "1")));
        ConfigMap a2 = cms.update(a.withData(Map.of("v", "2")));
        cms.delete(ns, "a");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.size() == 3);
        assertEquals(List.of(WatchEvent.Type.ADDED, WatchEvent.Type.MODIFIED, WatchEvent.Type.DELETED), events.stream().map(WatchEvent::type).toList(),
                "no synthetic ADDED for 'before'; exactly the changes after the list");
        assertEquals(a.metadata().resourceVersion(), events.get(0).object().metadata().resourceVersion());
        assertEquals(a2.metadata().resourceVersion(), events.get(1).object().metadata().resourceVersion());
        w.cancel();
        Await.result(w.done());

        // resume: a new watch from the first event's resourceVersion replays exactly what came after it
        List<WatchEvent<ConfigMap>> resumed = new CopyOnWriteArrayList<>();
        Watch w2 = Await.result(async.watch(ns, ListOptions.NONE.withResourceVersion(a.metadata().resourceVersion()), resumed::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> resumed.size() == 2);
        assertEquals(events.subList(1, 3).stream().map(ClientWatchTest::describe).toList(), resumed.stream().map(ClientWatchTest::describe).toList());
        w2.cancel();
    }

    @Test
    void selectorsNarrowAWatch() {
        String ns = f.newNamespace("sel");
        try (BlockingWatch<ConfigMap> w = cms.watch(ns, ListOptions.labelSelector("app=web").withResourceVersion(cms.list(ns, ListOptions.NONE).metadata().resourceVersion()))) {
            cms.create(configMap(ns, "other", Map.of("app", "db"), Map.of()));
            cms.create(configMap(ns, "mine", Map.of("app", "web"), Map.of()));
            WatchEvent<ConfigMap> e = w.next(Duration.ofSeconds(10)).orElseThrow();
            assertEquals("mine", e.object().metadata().name());
        }
    }

    @Test
    void aRawWatchKeepsObjectsAsJsonAndServesTableRows() {
        String ns = f.newNamespace("raw");
        String rv = cms.list(ns, ListOptions.NONE).metadata().resourceVersion();
        String path = Resources.CONFIGMAPS.collectionPath(ns);
        try (BlockingWatch<JsonNode> plain = f.client.blocking().watch(path, Map.of("resourceVersion", rv), null);
             BlockingWatch<JsonNode> table = f.client.blocking().watch(path, Map.of("resourceVersion", rv),
                     "application/json;as=Table;v=v1;g=meta.k8s.io")) {
            cms.create(configMap(ns, "c", Map.of(), Map.of("k", "v")));
            WatchEvent<JsonNode> e = plain.next(Duration.ofSeconds(10)).orElseThrow();
            assertEquals(WatchEvent.Type.ADDED, e.type());
            assertEquals("v", e.object().path("data").path("k").asText());
            WatchEvent<JsonNode> row = table.next(Duration.ofSeconds(10)).orElseThrow();
            assertEquals("Table", row.object().path("kind").asText());
            assertEquals("c", row.object().path("rows").path(0).path("cells").path(0).asText());
        }
    }

    @Test
    void aCompactedResourceVersionIsExpired() throws Exception {
        String ns = f.newNamespace("old");
        String oldRv = cms.create(configMap(ns, "x", Map.of(), Map.of())).metadata().resourceVersion();
        for (int i = 0; i < 5; i++) {
            cms.create(configMap(ns, "y" + i, Map.of(), Map.of()));
        }
        f.stopServer(); // a fresh server has an empty watch cache: the old revision can only come from etcd …
        f.compactEtcd(); // … which no longer has it
        f.startServer();
        ApiException e = assertThrows(ApiException.class, () -> {
            Watch w = Await.result(async.watch(ns, ListOptions.NONE.withResourceVersion(oldRv), ev -> { }));
            Await.result(w.done()); // or as an ERROR frame on an open stream
        });
        assertTrue(e.isGone(), e.code() + " " + e.getMessage());
    }

    @Test
    void cancelEndsTheStreamCleanly() {
        String ns = f.newNamespace("cancel");
        List<WatchEvent<ConfigMap>> events = new CopyOnWriteArrayList<>();
        Watch w = Await.result(async.watch(ns, ListOptions.NONE, events::add));
        w.cancel();
        Await.result(w.done());
        cms.create(configMap(ns, "after", Map.of(), Map.of()));
        assertTrue(w.isCancelled());
        await().atMost(Duration.ofSeconds(10)).until(() -> f.client.metrics().registry().find("jetpod.client.watches.open").gauge().value() == 0);
        assertEquals(0, events.size());
    }
}
