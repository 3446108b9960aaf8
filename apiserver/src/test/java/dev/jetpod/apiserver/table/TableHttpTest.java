package dev.jetpod.apiserver.table;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static dev.jetpod.apiserver.it.TestServer.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables over HTTP, negotiated from the Accept header kubectl sends, for get, list and watch. */
class TableHttpTest {
    static final String KUBECTL_ACCEPT = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
    static TestServer s;
    static String ns;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("tables");
        assertEquals(201, s.post("/api/v1/namespaces/" + ns + "/pods", pod("web", "nginx")).code());
        assertEquals(201, s.post("/api/v1/namespaces/" + ns + "/configmaps", configMap("cfg", "front")).code());
    }

    @Test
    void listAsTableWithKubectlsColumns() {
        Response r = s.call("GET", "/api/v1/namespaces/" + ns + "/pods?limit=500", null, null, KUBECTL_ACCEPT);
        assertEquals(200, r.code(), r.text());
        JsonNode t = r.json();
        assertEquals("Table", t.path("kind").asText());
        assertEquals("meta.k8s.io/v1", t.path("apiVersion").asText());
        assertFalse(t.at("/metadata/resourceVersion").asText().isEmpty());
        assertEquals("Name", t.at("/columnDefinitions/0/name").asText());
        assertEquals("Readiness Gates", t.at("/columnDefinitions/8/name").asText());
        assertEquals(1, t.at("/columnDefinitions/8/priority").asInt());
        JsonNode row = t.at("/rows/0");
        assertEquals("web", row.at("/cells/0").asText());
        assertEquals("0/1", row.at("/cells/1").asText());
        assertEquals("Pending", row.at("/cells/2").asText());
        assertEquals(9, row.at("/cells").size());
        assertEquals("PartialObjectMetadata", row.at("/object/kind").asText());
        assertEquals(ns, row.at("/object/metadata/namespace").asText());
        assertEquals("web", row.at("/object/metadata/labels/app").asText());
    }

    @Test
    void singleObjectAllNamespacesAndVersions() {
        Response one = s.call("GET", "/api/v1/namespaces/" + ns + "/configmaps/cfg?includeObject=Object", null, null,
                "application/json;as=Table;v=v1beta1;g=meta.k8s.io");
        assertEquals(200, one.code(), one.text());
        assertEquals("meta.k8s.io/v1beta1", one.at("/apiVersion"));
        assertEquals("1", one.json().at("/rows/0/cells/1").asText());
        assertEquals("v", one.at("/rows/0/object/data/k"));

        Response all = s.call("GET", "/api/v1/configmaps", null, null, KUBECTL_ACCEPT);
        assertEquals(200, all.code());
        boolean found = false;
        for (JsonNode row : all.json().at("/rows")) {
            found |= row.at("/object/metadata/namespace").asText().equals(ns);
        }
        assertTrue(found, "rows of every namespace, each naming its namespace");

        assertEquals("ConfigMap", s.call("GET", "/api/v1/namespaces/" + ns + "/configmaps/cfg", null, null, "application/json").at("/kind"));
        Response bad = s.call("GET", "/api/v1/namespaces/" + ns + "/configmaps?includeObject=All", null, null, KUBECTL_ACCEPT);
        assertEquals(400, bad.code());
        assertEquals("Status", bad.at("/kind"));
    }

    @Test
    void nodesKeepTheStatusTheyRegisterWithAndPrintIt() {
        String name = "table-node-" + ns;
        assertEquals(201, s.post("/api/v1/nodes", TestServer.q("{'metadata':{'name':'" + name + "'},'status':{'conditions':[{'type':'Ready','status':'True'}],"
                + "'nodeInfo':{'kubeletVersion':'v1.30.0'}}}")).code());
        Response r = s.call("GET", "/api/v1/nodes/" + name, null, null, KUBECTL_ACCEPT);
        assertEquals("Ready", r.json().at("/rows/0/cells/1").asText(), r.text());
        assertEquals("v1.30.0", r.json().at("/rows/0/cells/4").asText());
    }

    @Test
    void formsTheServerCannotGiveAreNotAcceptable() {
        Response r = s.call("GET", "/api/v1/namespaces/" + ns + "/pods", null, null, "application/vnd.kubernetes.protobuf");
        assertEquals(406, r.code(), r.text());
        assertEquals("NotAcceptable", r.at("/reason"));
        Response otherTransform = s.call("GET", "/api/v1/namespaces/" + ns + "/pods", null, null,
                "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io");
        assertEquals(406, otherTransform.code());
        Response fallback = s.call("GET", "/api/v1/namespaces/" + ns + "/pods", null, null,
                "application/vnd.kubernetes.protobuf,application/json");
        assertEquals(200, fallback.code());
        assertEquals("PodList", fallback.at("/kind"));
    }

    @Test
    void watchEventsAreOneRowTablesWithHeadersFirst() throws Exception {
        String cms = "/api/v1/namespaces/" + ns + "/configmaps";
        String rv = s.get(cms).at("/metadata/resourceVersion");
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.url() + cms + "?watch=true&resourceVersion=" + rv))
                .header("Accept", KUBECTL_ACCEPT).timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<InputStream> resp = s.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
            assertEquals(201, s.post(cms, configMap("w1", "a")).code());
            assertEquals(200, s.patch(cms + "/w1", "application/merge-patch+json", "{\"data\":{\"k\":\"v2\",\"j\":\"x\"}}").code());
            JsonNode added = s.json.readTree(readLine(lines));
            assertEquals("ADDED", added.path("type").asText());
            assertEquals("Table", added.at("/object/kind").asText());
            assertEquals("Name", added.at("/object/columnDefinitions/0/name").asText());
            assertEquals("w1", added.at("/object/rows/0/cells/0").asText());
            JsonNode modified = s.json.readTree(readLine(lines));
            assertEquals("MODIFIED", modified.path("type").asText());
            assertTrue(modified.at("/object/columnDefinitions").isMissingNode(), "headers only on the first event");
            assertEquals(2, modified.at("/object/rows/0/cells/1").asInt());
        } finally {
            resp.body().close();
        }
    }

    private static String readLine(BufferedReader r) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return r.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(30, TimeUnit.SECONDS);
    }
}
