package dev.jetpod.client.informer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ResourceKey;
import dev.jetpod.client.ScriptedServer;
import dev.jetpod.client.blocking.Await;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The informer's list/watch/relist protocol against a scripted server, step by step: what it asks for, and what its
 * handlers hear. (The same behaviour against the real apiserver is in it/InformerTest.)
 */
class InformerScriptedTest {
    private static String cm(String name, int rv) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"ns\",\"resourceVersion\":\"" + rv + "\"}}";
    }

    private static String list(int rv, String... items) {
        return "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"" + rv + "\"},\"items\":[" + String.join(",", items) + "]}";
    }

    @Test
    void listsWatchesFromTheListsVersionRewatchesFromTheLastAndRelistsOn410() {
        Vertx vertx = Vertx.vertx();
        AtomicInteger lists = new AtomicInteger();
        AtomicInteger watches = new AtomicInteger();
        List<String> watchVersions = new CopyOnWriteArrayList<>();
        try (ScriptedServer server = new ScriptedServer(vertx)) {
            server.on("GET /api/v1/namespaces/ns/configmaps", req -> {
                if (!"true".equals(req.getParam("watch"))) {
                    String body = lists.incrementAndGet() == 1 ? list(3, cm("a", 1), cm("b", 2), cm("c", 3)) : list(9, cm("a", 1), cm("b", 8), cm("d", 9));
                    req.response().putHeader("Content-Type", "application/json").end(body);
                    return;
                }
                watchVersions.add(req.getParam("resourceVersion") + (req.getParam("allowWatchBookmarks") != null ? "+bookmarks" : ""));
                var resp = req.response().setChunked(true);
                switch (watches.incrementAndGet()) {
                    // the server's timeout ends the first watch after one change and a bookmark
                    case 1 -> resp.end("{\"type\":\"MODIFIED\",\"object\":" + cm("c", 4) + "}\n"
                            + "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"ConfigMap\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"5\"}}}\n");
                    // the next finds its resourceVersion compacted
                    case 2 -> resp.end("{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"too old resource version: 5 (7)\",\"reason\":\"Expired\",\"code\":410}}\n");
                    default -> resp.write("");
                }
            });
            KubeClient client = KubeClient.create(vertx, ClientConfig.forServer(server.url("http")));
            Informer<ConfigMap> inf = new Informer<>(client, Resources.CONFIGMAPS, InformerOptions.ALL.withNamespace("ns"));
            List<String> calls = new CopyOnWriteArrayList<>();
            inf.addEventHandler(new ResourceEventHandler<>() {
                @Override
                public void onAdd(ConfigMap o) {
                    calls.add("add " + o.metadata().name());
                }

                @Override
                public void onUpdate(ConfigMap old, ConfigMap now) {
                    calls.add("update " + now.metadata().name() + " " + old.metadata().resourceVersion() + "->" + now.metadata().resourceVersion());
                }

                @Override
                public void onDeletedFinalStateUnknown(DeletedFinalStateUnknown<ConfigMap> t) {
                    calls.add("tombstone " + t.key() + "@" + t.lastKnown().metadata().resourceVersion());
                }
            });
            Await.result(inf.start());
            await().atMost(Duration.ofSeconds(20)).until(() -> watches.get() >= 3 && calls.size() == 7);

            assertEquals(List.of("3+bookmarks", "5+bookmarks", "9+bookmarks"), watchVersions.subList(0, 3),
                    "watch from the list's version, then from the bookmark's, then from the relist's");
            assertEquals(List.of("add a", "add b", "add c", "update c 3->4", "update b 2->8", "add d", "tombstone ns/c@4"), calls);
            assertEquals(List.of(new ResourceKey("ns", "a"), new ResourceKey("ns", "b"), new ResourceKey("ns", "d")),
                    inf.cache().keys().stream().sorted().toList());
            assertEquals("9", inf.lastSyncResourceVersion());
            assertEquals(1.0, client.metrics().relistCount("configmaps"));
            assertTrue(inf.hasSynced());
            inf.stop();
            client.close();
        } finally {
            Await.result(vertx.close());
        }
    }

    @Test
    void resyncReplaysTheCacheAsUpdatesWithoutCallingTheServer() {
        Vertx vertx = Vertx.vertx();
        AtomicInteger requests = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(vertx)) {
            server.on("GET /api/v1/configmaps", req -> {
                requests.incrementAndGet();
                if (!"true".equals(req.getParam("watch"))) {
                    req.response().putHeader("Content-Type", "application/json").end(list(2, cm("a", 1), cm("b", 2)));
                } else {
                    req.response().setChunked(true).write(""); // stays open, quiet
                }
            });
            KubeClient client = KubeClient.create(vertx, ClientConfig.forServer(server.url("http")));
            Informer<ConfigMap> inf = new Informer<>(client, Resources.CONFIGMAPS, InformerOptions.ALL.withResyncPeriod(Duration.ofMillis(50)));
            List<String> resyncs = new CopyOnWriteArrayList<>();
            inf.addEventHandler(new ResourceEventHandler<>() {
                @Override
                public void onUpdate(ConfigMap old, ConfigMap now) {
                    if (old == now) {
                        resyncs.add(now.metadata().name());
                    }
                }
            });
            Await.result(inf.start());
            await().atMost(Duration.ofSeconds(10)).until(() -> resyncs.stream().filter("a"::equals).count() >= 2 && resyncs.contains("b"));
            assertEquals(2, requests.get(), "one list and one watch: resync is local");
            inf.stop();
            client.close();
        } finally {
            Await.result(vertx.close());
        }
    }
}
