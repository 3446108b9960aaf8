package dev.jetpod.apiserver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery, version, OpenAPI, health and metrics endpoints. */
class DiscoveryTest {
    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
    }

    private static Map<String, JsonNode> resources(String path) {
        Response r = s.call("GET", path, null, null,
                "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json");
        assertEquals(200, r.code(), r.text());
        assertEquals("APIResourceList", r.at("/kind"));
        Map<String, JsonNode> out = new HashMap<>();
        r.json().at("/resources").forEach(n -> out.put(n.at("/name").asText(), n));
        return out;
    }

    @Test
    void coreGroup() {
        Response api = s.get("/api");
        assertEquals("APIVersions", api.at("/kind"));
        assertEquals("v1", api.at("/versions/0"));
        Map<String, JsonNode> core = resources("/api/v1");
        JsonNode pods = core.get("pods");
        assertEquals("pod", pods.at("/singularName").asText());
        assertTrue(pods.at("/namespaced").asBoolean());
        assertEquals("Pod", pods.at("/kind").asText());
        assertEquals("po", pods.at("/shortNames/0").asText());
        assertTrue(pods.at("/verbs").toString().contains("watch"));
        assertEquals("[\"get\",\"patch\",\"update\"]", core.get("pods/status").at("/verbs").toString());
        assertEquals("Binding", core.get("pods/binding").at("/kind").asText());
        assertFalse(core.containsKey("pods/log"), "not served yet, so not listed");
        assertFalse(core.containsKey("pods/exec"));
        assertFalse(core.get("namespaces").at("/namespaced").asBoolean());
        assertTrue(core.containsKey("namespaces/finalize"));
    }

    @Test
    void namedGroups() {
        Response groups = s.get("/apis");
        assertEquals("APIGroupList", groups.at("/kind"));
        assertTrue(groups.text().contains("\"apps/v1\""));
        assertTrue(groups.text().contains("\"autoscaling/v2\""));
        assertTrue(groups.text().contains("\"coordination.k8s.io/v1\""));
        Response apps = s.get("/apis/apps");
        assertEquals("APIGroup", apps.at("/kind"));
        assertEquals("apps/v1", apps.at("/preferredVersion/groupVersion"));
        JsonNode scale = resources("/apis/apps/v1").get("deployments/scale");
        assertEquals("autoscaling", scale.at("/group").asText());
        assertEquals("v1", scale.at("/version").asText());
        assertEquals("Scale", scale.at("/kind").asText());
        assertEquals("hpa", resources("/apis/autoscaling/v2").get("horizontalpodautoscalers").at("/shortNames/0").asText());
    }

    @Test
    void versionAndOpenApi() {
        Response v = s.get("/version");
        assertEquals("1", v.at("/major"));
        assertEquals("v1.30.0-jetpod", v.at("/gitVersion"));
        assertEquals("java17", v.at("/goVersion"));
        Response o = s.get("/openapi/v2");
        assertEquals(200, o.code());
        JsonNode doc = o.json();
        assertEquals("2.0", doc.at("/swagger").asText());
        JsonNode pod = doc.at("/definitions/io.k8s.api.core.v1.Pod");
        assertEquals("Pod", pod.at("/x-kubernetes-group-version-kind/0/kind").asText());
        assertEquals("#/definitions/io.k8s.api.core.v1.PodSpec", pod.at("/properties/spec/$ref").asText());
        assertEquals("#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", pod.at("/properties/metadata/$ref").asText());
        assertEquals("int-or-string", doc.at("/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString/format").asText());
        JsonNode list = doc.at("/paths/~1api~1v1~1namespaces~1{namespace}~1pods/get");
        assertEquals("listCoreV1NamespacedPod", list.at("/operationId").asText());
        assertEquals("patchAppsV1NamespacedDeploymentScale",
                doc.at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments~1{name}~1scale/patch/operationId").asText());
        // the protobuf form kubectl asks for is served too (dev.jetpod.apiserver.openapi.serve); a form nobody serves is a 406
        assertEquals(200, s.call("GET", "/openapi/v2", null, null, "application/com.github.proto-openapi.spec.v2@v1.0+protobuf").code());
        assertEquals(406, s.call("GET", "/openapi/v2", null, null, "application/vnd.kubernetes.protobuf").code());
    }

    @Test
    void healthAndMetrics() {
        assertEquals("ok", s.get("/livez").text());
        assertEquals("ok", s.get("/healthz").text());
        Response ready = s.get("/readyz?verbose");
        assertEquals(200, ready.code());
        assertTrue(ready.text().contains("[+]etcd ok"), ready.text());
        assertTrue(ready.text().contains("readyz check passed"), ready.text());
        s.get("/api/v1/namespaces/default/configmaps");
        String metrics = s.get("/metrics").text();
        assertTrue(metrics.contains("apiserver_request_total{code=\"200\",resource=\"configmaps\",verb=\"list\"}"), metrics);
        assertTrue(metrics.contains("apiserver_request_duration_seconds"), "latency");
        assertTrue(metrics.contains("etcd"), "storage's etcd meters are in the same registry");
    }
}
