package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * autoscaling/v1 HorizontalPodAutoscalers are the v2 objects seen through a converter: one key space, so an object
 * written in one version is read, listed, watched, printed and deleted in the other; what v1 cannot say rides in the
 * round-trip annotations and survives a v1 read-modify-write.
 */
class AutoscalingV1Test {
    static TestServer s;
    static String v1;
    static String v2;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        String ns = s.newNamespace("hpa-v1");
        v1 = "/apis/autoscaling/v1/namespaces/" + ns + "/horizontalpodautoscalers";
        v2 = "/apis/autoscaling/v2/namespaces/" + ns + "/horizontalpodautoscalers";
    }

    private static String hpaV1(String name, int cpu) {
        return q("{'apiVersion':'autoscaling/v1','kind':'HorizontalPodAutoscaler','metadata':{'name':'" + name + "'},"
                + "'spec':{'scaleTargetRef':{'kind':'Deployment','name':'web','apiVersion':'apps/v1'},'maxReplicas':5,'targetCPUUtilizationPercentage':" + cpu + "}}");
    }

    @Test
    void discoveryListsBothVersionsWithV2Preferred() {
        Response g = s.get("/apis/autoscaling");
        assertEquals("autoscaling/v2", g.at("/preferredVersion/groupVersion"));
        assertEquals("autoscaling/v1", g.at("/versions/1/groupVersion"));
        Response r = s.get("/apis/autoscaling/v1");
        assertEquals("horizontalpodautoscalers", r.at("/resources/0/name"));
        assertEquals("horizontalpodautoscalers/status", r.at("/resources/1/name"));
        assertTrue(s.get("/openapi/v2").json().at("/definitions").has("io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler"));
        assertTrue(s.get("/openapi/v3").json().at("/paths").has("apis/autoscaling/v1"));
    }

    @Test
    void writtenInV1ReadInV2AndBack() {
        Response created = s.post(v1, hpaV1("cpu", 70));
        assertEquals(201, created.code(), created.text());
        assertEquals("autoscaling/v1", created.at("/apiVersion"));
        assertEquals("70", created.at("/spec/targetCPUUtilizationPercentage"));
        assertEquals("0", created.at("/status/desiredReplicas"));
        JsonNode stored = s.get(v2 + "/cpu").json();
        assertEquals("Utilization", stored.at("/spec/metrics/0/resource/target/type").asText());
        assertEquals(70, stored.at("/spec/metrics/0/resource/target/averageUtilization").asInt());
        assertEquals(1, stored.at("/spec/minReplicas").asInt(), "v2's defaults apply");
        assertEquals(created.at("/metadata/resourceVersion"), stored.at("/metadata/resourceVersion").asText(), "one object");

        Response patched = s.patch(v1 + "/cpu", "application/merge-patch+json", q("{'spec':{'targetCPUUtilizationPercentage':85}}"));
        assertEquals(200, patched.code(), patched.text());
        assertEquals(85, s.get(v2 + "/cpu").json().at("/spec/metrics/0/resource/target/averageUtilization").asInt());
        assertEquals(200, s.delete(v1 + "/cpu").code());
        assertEquals(404, s.get(v2 + "/cpu").code());
    }

    @Test
    void whatV1CannotSaySurvivesAV1Update() {
        Response created = s.post(v2, q("{'apiVersion':'autoscaling/v2','kind':'HorizontalPodAutoscaler','metadata':{'name':'rich'},"
                + "'spec':{'scaleTargetRef':{'kind':'Deployment','name':'web','apiVersion':'apps/v1'},'maxReplicas':9,'metrics':["
                + "{'type':'Pods','pods':{'metric':{'name':'packets'},'target':{'type':'AverageValue','averageValue':'1k'}}},"
                + "{'type':'Resource','resource':{'name':'cpu','target':{'type':'Utilization','averageUtilization':50}}}],"
                + "'behavior':{'scaleDown':{'stabilizationWindowSeconds':60}}}}"));
        assertEquals(201, created.code(), created.text());
        JsonNode old = s.get(v1 + "/rich").json();
        assertEquals(50, old.at("/spec/targetCPUUtilizationPercentage").asInt());
        assertEquals("[{\"type\":\"Pods\",\"pods\":{\"metricName\":\"packets\",\"targetAverageValue\":\"1k\"}}]",
                old.at("/metadata/annotations/autoscaling.alpha.kubernetes.io~1metrics").asText());
        // a v1 client changes maxReplicas and writes the whole object back, annotations included
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("spec")).put("maxReplicas", 12);
        Response updated = s.put(v1 + "/rich", old.toString());
        assertEquals(200, updated.code(), updated.text());
        JsonNode now = s.get(v2 + "/rich").json();
        assertEquals(12, now.at("/spec/maxReplicas").asInt());
        assertEquals("packets", now.at("/spec/metrics/0/pods/metric/name").asText());
        assertEquals(50, now.at("/spec/metrics/1/resource/target/averageUtilization").asInt());
        assertEquals(60, now.at("/spec/behavior/scaleDown/stabilizationWindowSeconds").asInt());
        assertFalse(now.at("/metadata/annotations").has("autoscaling.alpha.kubernetes.io/metrics"), "consumed, not stored: " + now);
    }

    @Test
    void listsTablesAndWatchesInV1() throws Exception {
        assertEquals(201, s.post(v1, hpaV1("listed", 60)).code());
        JsonNode list = s.get(v1).json();
        assertEquals("HorizontalPodAutoscalerList", list.at("/kind").asText());
        list.at("/items").forEach(item -> assertEquals("autoscaling/v1", item.at("/apiVersion").asText()));
        Response table = s.call("GET", v1 + "/listed", null, null, "application/json;as=Table;v=v1;g=meta.k8s.io");
        assertEquals("Targets", table.at("/columnDefinitions/2/name"));
        assertEquals("cpu: <unknown>/60%", table.at("/rows/0/cells/2"));

        String rv = list.at("/metadata/resourceVersion").asText();
        HttpRequest watch = HttpRequest.newBuilder(URI.create(s.url() + v1 + "?watch=true&resourceVersion=" + rv)).build();
        HttpResponse<java.io.InputStream> stream = s.http.send(watch, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader frames = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals(201, s.post(v2, q("{'apiVersion':'autoscaling/v2','kind':'HorizontalPodAutoscaler','metadata':{'name':'watched'},"
                    + "'spec':{'scaleTargetRef':{'kind':'Deployment','name':'web'},'maxReplicas':2}}")).code());
            JsonNode frame = s.json.readTree(frames.readLine());
            assertEquals("ADDED", frame.at("/type").asText());
            assertEquals("autoscaling/v1", frame.at("/object/apiVersion").asText());
            assertEquals("watched", frame.at("/object/metadata/name").asText());
            assertEquals(80, frame.at("/object/spec/targetCPUUtilizationPercentage").asInt(), "v2's default CPU target, seen in v1");
        } finally {
            stream.body().close();
        }
    }

    @Test
    void validationSpeaksOfTheStoredFields() {
        Response bad = s.post(v1, q("{'metadata':{'name':'bad'},'spec':{'scaleTargetRef':{'kind':'Deployment','name':'web'},'maxReplicas':0}}"));
        assertEquals(422, bad.code(), bad.text());
        assertEquals("spec.maxReplicas", bad.at("/details/causes/0/field"));
    }
}
