package dev.jetpod.client;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.blocking.BlockingResourceClient;
import dev.jetpod.client.blocking.BlockingWatch;
import dev.jetpod.testkit.EtcdProcess;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's HTTP behaviour, checked byte for byte against a scripted loopback server. */
class KubeClientHttpTest {
    private static final String CM = "/api/v1/namespaces/ns/configmaps";
    private static Vertx vertx;
    private static ScriptedServer server;
    private static KubeClient client;
    private static BlockingResourceClient<ConfigMap> cms;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        server = new ScriptedServer(vertx);
        client = KubeClient.create(vertx, ClientConfig.forServer(server.url("http")).withCredentials(Credentials.bearer("t0k")).withUserAgent("jctl/test"));
        cms = client.blocking().resource(Resources.CONFIGMAPS);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
        Await.result(vertx.close());
    }

    private static String cmJson(String name, String rv) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"ns\",\"resourceVersion\":\"" + rv + "\"},\"data\":{\"k\":\"v\"}}";
    }

    private static ConfigMap cm(String name) {
        return ConfigMap.of(ObjectMeta.named("ns", name), Map.of("k", "v"));
    }

    @Test
    void writesSendTheKubernetesShapes() {
        server.json("POST " + CM, 201, cmJson("a", "5"))
                .json("PUT " + CM + "/a", 200, cmJson("a", "6"))
                .json("PUT " + CM + "/a/status", 200, cmJson("a", "7"))
                .json("PATCH " + CM + "/a", 200, cmJson("a", "8"));

        ConfigMap created = cms.create(cm("a").withTypeMeta(null, null), WriteOptions.fieldManager("jctl").withDryRun(true).withFieldValidation("Strict"));
        assertEquals("5", created.metadata().resourceVersion());
        ScriptedServer.Received r = server.last();
        assertEquals("/api/v1/namespaces/ns/configmaps?dryRun=All&fieldManager=jctl&fieldValidation=Strict", r.uri());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("application/json", r.header("Accept"));
        assertEquals("Bearer t0k", r.header("Authorization"));
        assertEquals("jctl/test", r.header("User-Agent"));
        assertTrue(r.body().contains("\"apiVersion\":\"v1\"") && r.body().contains("\"kind\":\"ConfigMap\""), "type meta filled in: " + r.body());

        cms.update(created);
        assertEquals("PUT", server.last().method());
        assertTrue(server.last().body().contains("\"resourceVersion\":\"5\""), "update carries the resourceVersion it is based on");
        cms.updateStatus(created);
        assertEquals(CM + "/a/status", server.last().uri());

        for (PatchType t : PatchType.values()) {
            cms.patch("ns", "a", t, "{\"data\":{\"k\":\"w\"}}");
            assertEquals(t.contentType(), server.last().header("Content-Type"));
            assertEquals("{\"data\":{\"k\":\"w\"}}", server.last().body());
        }
    }

    @Test
    void deleteSendsOptionsAndTellsWhetherTheObjectRemains() {
        server.json("DELETE " + CM + "/gone", 200, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Success\",\"details\":{\"name\":\"gone\"}}")
                .json("DELETE " + CM + "/held", 200, cmJson("held", "9").replace("\"data\"", "\"metadata2\":{},\"data\""));
        Optional<ConfigMap> r = cms.delete("ns", "gone", DeleteOptionsBuilder.create().gracePeriodSeconds(0L)
                .propagationPolicy(DeleteOptionsBuilder.FOREGROUND).preconditions("uid-1", "4").build());
        assertTrue(r.isEmpty());
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"DeleteOptions\",\"gracePeriodSeconds\":0,\"preconditions\":{\"uid\":\"uid-1\",\"resourceVersion\":\"4\"},\"propagationPolicy\":\"Foreground\"}",
                server.last().body());
        assertEquals("held", cms.delete("ns", "held").orElseThrow().metadata().name());

        server.json("DELETE " + CM, 200, "{\"kind\":\"Status\",\"status\":\"Success\"}");
        cms.deleteCollection("ns", ListOptions.labelSelector("app in (a,b)"), DeleteOptionsBuilder.defaults());
        assertEquals(CM + "?labelSelector=app+in+%28a%2Cb%29", server.last().uri());
    }

    @Test
    void listQueryAndPaging() {
        server.on("GET " + CM, req -> {
            String cont = req.getParam("continue");
            String body;
            if (cont == null) {
                body = "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\",\"continue\":\"p2\"},\"items\":[" + cmJson("a", "1") + "," + cmJson("b", "2") + "]}";
            } else if (cont.equals("p2")) {
                body = "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\",\"continue\":\"p3\"},\"items\":[" + cmJson("c", "3") + "]}";
            } else {
                body = "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"100\"},\"items\":[" + cmJson("d", "4") + "]}";
            }
            req.response().putHeader("Content-Type", "application/json").end(body);
        });
        KubeList<ConfigMap> all = cms.listAll("ns", ListOptions.labelSelector("app=web").withFieldSelector("metadata.name!=x").withLimit(2));
        assertEquals(List.of("a", "b", "c", "d"), all.items().stream().map(c -> c.metadata().name()).toList());
        assertEquals("100", all.metadata().resourceVersion());
        assertNull(all.metadata().continueToken());
        assertEquals("ConfigMapList", all.kind());
        assertEquals(CM + "?labelSelector=app%3Dweb&fieldSelector=metadata.name%21%3Dx&limit=2&continue=p3", server.last().uri());

        List<Integer> pageSizes = new CopyOnWriteArrayList<>();
        cms.forEachPage("ns", ListOptions.NONE, p -> pageSizes.add(p.items().size()));
        assertEquals(List.of(2, 1, 1), pageSizes);
        assertTrue(server.received.stream().anyMatch(r -> r.uri().equals(CM + "?limit=500")), "default page size");
    }

    @Test
    void errorsBecomeTypedExceptions() {
        server.json("GET " + CM + "/missing", 404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"configmaps \\\"missing\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":\"missing\",\"kind\":\"configmaps\"},\"code\":404}")
                .json("PUT " + CM + "/stale", 409, "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"Operation cannot be fulfilled on configmaps \\\"stale\\\": the object has been modified\",\"reason\":\"Conflict\",\"code\":409}")
                .on("GET " + CM + "/proxy", r -> r.response().setStatusCode(502).end("<html>bad gateway</html>"))
                .on("GET " + CM + "/old", r -> r.response().setStatusCode(410).end());

        ApiException nf = assertThrows(ApiException.class, () -> cms.get("ns", "missing"));
        assertTrue(nf.isNotFound());
        assertEquals("configmaps \"missing\" not found", nf.getMessage());
        assertEquals("missing", nf.details().name());
        assertTrue(cms.find("ns", "missing").isEmpty());

        ApiException conflict = assertThrows(ApiException.class, () -> cms.update(cm("stale")));
        assertTrue(conflict.isConflict());
        assertFalse(conflict.isAlreadyExists());

        ApiException bad = assertThrows(ApiException.class, () -> cms.get("ns", "proxy"));
        assertEquals(502, bad.code());
        assertEquals("the server answered HTTP 502 (GET " + CM + "/proxy): <html>bad gateway</html>", bad.getMessage());

        ApiException gone = assertThrows(ApiException.class, () -> cms.get("ns", "old"));
        assertTrue(gone.isGone());
        assertEquals(StatusReason.EXPIRED, gone.reason());

        assertThrows(IllegalArgumentException.class, () -> cms.get("ns", "a/b"));
        assertThrows(IllegalArgumentException.class, () -> cms.get(null, "a"));
        assertThrows(IllegalArgumentException.class, () -> cms.create(ConfigMap.of(ObjectMeta.named("x"), Map.of())));
    }

    @Test
    void anUnreachableServerIsNamedInOneLine() {
        int port = EtcdProcess.freePorts(1)[0];
        try (KubeClient c = KubeClient.create(vertx, ClientConfig.forServer("http://127.0.0.1:" + port))) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> c.blocking().resource(Resources.CONFIGMAPS).get("ns", "a"));
            assertEquals("cannot reach the apiserver at http://127.0.0.1:" + port + ": connection refused", e.getMessage());
            assertEquals(1.0, c.metrics().requestCount("get", "error"));
        }
    }

    @Test
    void rawGetSendsTheChosenAccept() {
        server.on("GET /apis", r -> r.response().putHeader("Content-Type", "application/json").end("{\"kind\":\"APIGroupList\",\"accept\":\"" + r.getHeader("Accept") + "\"}"));
        String accept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json";
        RawResponse resp = client.blocking().get("/apis", accept);
        assertEquals(200, resp.statusCode());
        assertEquals("application/json", resp.contentType());
        assertTrue(resp.bodyAsString().contains(accept));
    }

    @Test
    void watchDecodesFramesAsChunksArriveAndEndsOnAnErrorFrame() {
        server.on("GET " + CM, req -> {
            assertEquals("true", req.getParam("watch"));
            var resp = req.response().setChunked(true).putHeader("Content-Type", "application/json");
            String added = "{\"type\":\"ADDED\",\"object\":" + cmJson("a", "11") + "}\n";
            String modified = "{\"type\":\"MODIFIED\",\"object\":" + cmJson("a", "12") + "}\n";
            String error = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"too old resource version: 1 (11)\",\"reason\":\"Expired\",\"code\":410}}\n";
            String all = added + modified + error;
            // write in pieces that cut frames in the middle, with pauses, as a slow network would
            int[] cuts = {0, 17, added.length() + 5, added.length() + modified.length() - 3, all.length()};
            for (int i = 0; i + 1 < cuts.length; i++) {
                String piece = all.substring(cuts[i], cuts[i + 1]);
                vertx.setTimer(20L * (i + 1), id -> resp.write(piece));
            }
        });
        List<WatchEvent<ConfigMap>> events = new CopyOnWriteArrayList<>();
        Watch w = Await.result(client.resource(Resources.CONFIGMAPS).watch("ns", ListOptions.NONE.withResourceVersion("10").withBookmarks(true), events::add));
        Throwable end = assertThrows(ApiException.class, () -> Await.result(w.done()));
        assertTrue(((ApiException) end).isGone());
        assertEquals("too old resource version: 1 (11)", end.getMessage());
        assertEquals(2, events.size());
        assertEquals(WatchEvent.Type.ADDED, events.get(0).type());
        assertEquals("12", events.get(1).object().metadata().resourceVersion());
        assertEquals(CM + "?watch=true&resourceVersion=10&allowWatchBookmarks=true", server.last().uri());
    }

    @Test
    void cancellingAWatchClosesTheStreamAndCompletesDone() {
        AtomicBoolean serverSawClose = new AtomicBoolean();
        server.on("GET /api/v1/configmaps", req -> {
            req.response().setChunked(true).write("{\"type\":\"ADDED\",\"object\":" + cmJson("a", "1") + "}\n");
            req.connection().closeHandler(v -> serverSawClose.set(true));
        });
        try (BlockingWatch<ConfigMap> w = cms.watch(null, ListOptions.NONE)) {
            assertEquals("a", w.next().orElseThrow().object().metadata().name());
            assertTrue(w.next(Duration.ofMillis(50)).isEmpty(), "nothing more yet");
        }
        await().atMost(Duration.ofSeconds(10)).untilTrue(serverSawClose);
    }

    @Test
    void aWatchAnsweredWithHttp410FailsAsExpired() {
        server.json("GET /api/v1/namespaces/old/configmaps", 410, "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"too old\",\"reason\":\"Expired\",\"code\":410}");
        ApiException e = assertThrows(ApiException.class, () -> cms.watch("old", ListOptions.NONE.withResourceVersion("1")));
        assertTrue(e.isGone());
        assertEquals(StatusReason.EXPIRED, e.reason());
    }

    @Test
    void theBlockingFacadeRefusesToRunOnAnEventLoop() {
        Promise<Throwable> seen = Promise.promise();
        vertx.runOnContext(v -> {
            try {
                cms.get("ns", "a");
                seen.complete(null);
            } catch (Throwable t) {
                seen.complete(t);
            }
        });
        Throwable t = Await.result(seen.future());
        assertInstanceOf(IllegalStateException.class, t);
        assertTrue(t.getMessage().contains("event-loop"), t.getMessage());
    }

    @Test
    void largeListsAreDecodedOffTheEventLoop() {
        StringBuilder items = new StringBuilder();
        int n = 3000;
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append(cmJson("cm-" + i, Integer.toString(i)));
        }
        server.json("GET /api/v1/namespaces/big/configmaps", 200, "{\"kind\":\"ConfigMapList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[" + items + "]}");
        assertEquals(n, cms.list("big", ListOptions.NONE).items().size());
    }
}
