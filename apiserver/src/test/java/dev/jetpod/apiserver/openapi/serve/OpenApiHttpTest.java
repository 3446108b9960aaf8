package dev.jetpod.apiserver.openapi.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.UnknownFieldSet;
import dev.jetpod.apiserver.it.TestServer;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI endpoints as kubectl uses them: v2 in protobuf and JSON, v3 discovery and per-group documents. */
class OpenApiHttpTest {
    static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
    }

    private static HttpResponse<byte[]> raw(String path, String accept, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void v2AsGnosticProtobufWithItsOwnEntityTag() throws Exception {
        HttpResponse<byte[]> pb = raw("/openapi/v2", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf", null);
        assertEquals(200, pb.statusCode());
        assertEquals("application/com.github.proto-openapi.spec.v2.v1.0+protobuf", pb.headers().firstValue("Content-Type").orElse(""));
        UnknownFieldSet doc = UnknownFieldSet.parseFrom(pb.body());
        assertEquals("2.0", doc.getField(1).getLengthDelimitedList().get(0).toStringUtf8());
        assertTrue(doc.getField(9).getLengthDelimitedList().get(0).size() > 10_000, "definitions are there");

        HttpResponse<byte[]> json = raw("/openapi/v2", "application/json", null);
        String pbTag = pb.headers().firstValue("ETag").orElseThrow();
        String jsonTag = json.headers().firstValue("ETag").orElseThrow();
        assertTrue(!pbTag.equals(jsonTag), "each form has its own tag");
        assertEquals("Accept", pb.headers().firstValue("Vary").orElse(""));
        assertEquals(304, raw("/openapi/v2", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf", pbTag).statusCode());
        assertEquals(200, raw("/openapi/v2", "application/json", pbTag).statusCode());
        assertEquals(406, raw("/openapi/v2", "text/html", null).statusCode());
    }

    @Test
    void v2CarriesMergeExtensionsAndFieldValidation() {
        JsonNode doc = s.get("/openapi/v2").json();
        JsonNode containers = doc.at("/definitions/io.k8s.api.core.v1.PodSpec/properties/containers");
        assertEquals("name", containers.path("x-kubernetes-patch-merge-key").asText());
        assertEquals("merge", containers.path("x-kubernetes-patch-strategy").asText());
        assertEquals("map", containers.path("x-kubernetes-list-type").asText());
        assertEquals("[\"containerPort\",\"protocol\"]",
                doc.at("/definitions/io.k8s.api.core.v1.Container/properties/ports/x-kubernetes-list-map-keys").toString());
        assertEquals("[\"containers\"]", doc.at("/definitions/io.k8s.api.core.v1.PodSpec/required").toString());
        boolean fieldValidation = false;
        for (JsonNode p : doc.at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments~1{name}/patch/parameters")) {
            fieldValidation |= p.path("name").asText().equals("fieldValidation");
        }
        assertTrue(fieldValidation);
    }

    @Test
    void v3DiscoveryAndDocumentsWithHashCaching() throws Exception {
        Response root = s.get("/openapi/v3");
        assertEquals(200, root.code());
        String url = root.json().at("/paths/apis~1apps~1v1/serverRelativeURL").asText();
        assertTrue(url.startsWith("/openapi/v3/apis/apps/v1?hash="), url);
        assertTrue(root.json().at("/paths").has("api/v1"));

        HttpResponse<byte[]> current = raw(url, "application/json", null);
        assertEquals(200, current.statusCode());
        assertEquals("public, immutable", current.headers().firstValue("Cache-Control").orElse(""));
        JsonNode apps = s.json.readTree(current.body());
        assertEquals("3.0.0", apps.path("openapi").asText());
        JsonNode deployment = apps.at("/components/schemas/io.k8s.api.apps.v1.Deployment");
        assertEquals("Deployment", deployment.at("/x-kubernetes-group-version-kind/0/kind").asText());
        JsonNode patch = apps.at("/paths/~1apis~1apps~1v1~1namespaces~1{namespace}~1deployments~1{name}/patch");
        boolean fieldValidation = false;
        for (JsonNode p : patch.path("parameters")) {
            fieldValidation |= p.path("name").asText().equals("fieldValidation") && p.path("in").asText().equals("query");
        }
        assertTrue(fieldValidation, "kubectl 1.33 turns to server-side validation on this parameter");
        assertTrue(apps.at("/components/schemas/io.k8s.api.core.v1.PodSpec/properties/containers/x-kubernetes-patch-merge-key").isTextual());

        HttpResponse<byte[]> stale = raw("/openapi/v3/apis/apps/v1?hash=0123", "application/json", null);
        assertEquals(301, stale.statusCode());
        assertEquals(url, stale.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> plain = raw("/openapi/v3/apis/apps/v1", null, null);
        assertEquals("no-cache, private", plain.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(304, raw("/openapi/v3/apis/apps/v1", null, plain.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(404, s.get("/openapi/v3/apis/nothing/v1").code());
    }
}
