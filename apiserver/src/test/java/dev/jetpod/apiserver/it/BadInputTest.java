package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static dev.jetpod.apiserver.it.TestServer.deployment;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.apiserver.it.TestServer.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad requests get the right Status (code, reason, message), never a stack trace, and write nothing. */
class BadInputTest {
    static TestServer s;
    static String ns;
    static String cms;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("bad");
        cms = "/api/v1/namespaces/" + ns + "/configmaps";
    }

    /** Nothing any of these requests sent may have been stored. */
    @AfterEach
    void nothingHalfWritten() {
        assertEquals(0, s.get(cms).json().at("/items").size());
        assertEquals(0, s.get("/apis/apps/v1/namespaces/" + ns + "/deployments").json().at("/items").size());
    }

    private static void assertStatus(Response r, int code, String reason, String messageStart) {
        assertEquals(code, r.code(), r.text());
        assertEquals("Status", r.at("/kind"), r.text());
        assertEquals("Failure", r.at("/status"));
        assertEquals(reason, r.at("/reason"));
        assertEquals(code, r.json().at("/code").asInt());
        assertTrue(r.at("/message").startsWith(messageStart), r.at("/message"));
        assertFalse(r.text().contains("at dev.jetpod"), "no stack trace: " + r.text());
        assertFalse(r.text().contains("Exception"), "no exception names: " + r.text());
    }

    @Test
    void malformedJsonAndYaml() {
        assertStatus(s.post(cms, "{\"metadata\": {\"name\": "), 400, "BadRequest", "the body of the request could not be parsed as JSON: ");
        assertStatus(s.call("POST", cms, "application/yaml", "metadata:\n  name: [unclosed\n"), 400, "BadRequest", "the body of the request could not be parsed as YAML: ");
        assertStatus(s.post(cms, "[1,2]"), 400, "BadRequest", "the body of the request must be an object");
        assertStatus(s.post(cms, ""), 400, "BadRequest", "the body of the request is empty");
    }

    @Test
    void wrongKindOrVersionForThePath() {
        assertStatus(s.post(cms, q("{'apiVersion':'apps/v1','kind':'ConfigMap','metadata':{'name':'x'}}")), 400, "BadRequest",
                "the API version in the data (apps/v1) does not match the expected API version (v1)");
        assertStatus(s.post(cms, q("{'apiVersion':'v1','kind':'Secret','metadata':{'name':'x'}}")), 400, "BadRequest",
                "the kind in the data (Secret) does not match the expected kind (ConfigMap)");
        assertStatus(s.post(cms, q("{'metadata':{'name':'x'},'data':'not-a-map'}")), 400, "BadRequest", "ConfigMap in version \"v1\" cannot be handled as a ConfigMap");
    }

    @Test
    void invalidNamesAre422WithCauses() {
        Response r = s.post(cms, configMap("Bad_Name", "a"));
        assertStatus(r, 422, "Invalid", "ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\"");
        assertEquals("metadata.name", r.at("/details/causes/0/field"));
        assertEquals("FieldValueInvalid", r.at("/details/causes/0/reason"));
        assertStatus(s.post(cms, q("{'data':{}}")), 422, "Invalid", "ConfigMap \"\" is invalid: metadata.name: Required value");
    }

    @Test
    void nameOrNamespaceInBodyDifferentFromUrl() {
        assertStatus(s.post(cms, q("{'metadata':{'name':'x','namespace':'other'}}")), 400, "BadRequest",
                "the namespace of the provided object does not match the namespace sent on the request");
        assertStatus(s.put(cms + "/x", q("{'metadata':{'name':'y'}}")), 400, "BadRequest", "the name of the object (y) does not match the name on the URL (x)");
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"metadata\":{\"name\":\"big\"},\"data\":{\"k\":\"" + "x".repeat(3 * 1024 * 1024 + 10) + "\"}}";
        assertStatus(s.post(cms, big), 413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
    }

    @Test
    void wrongContentTypes() {
        assertStatus(s.call("POST", cms, "text/plain", configMap("x", "a")), 415, "UnsupportedMediaType",
                "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
        // (application/apply-patch+yaml is server-side apply, dev.jetpod.apiserver.apply; a patch type nobody defines is a 415)
        assertStatus(s.patch(cms + "/x", "application/xml-patch+xml", "<x/>"), 415, "UnsupportedMediaType",
                "the body of the request was in an unknown format - accepted media types include: application/json-patch+json");
        assertStatus(s.call("GET", cms, null, null, "application/vnd.kubernetes.protobuf"), 406, "NotAcceptable",
                "only the following media types are accepted: application/json, application/yaml");
    }

    @Test
    void negativeReplicasAndBadSelectors() {
        Response r = s.post("/apis/apps/v1/namespaces/" + ns + "/deployments", deployment("neg", -1));
        assertStatus(r, 422, "Invalid", "Deployment.apps \"neg\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
        assertStatus(s.get(cms + "?labelSelector=app%20in%20(a"), 400, "BadRequest", "");
        assertStatus(s.get(cms + "?fieldSelector=spec.nope%3Dx"), 400, "BadRequest", "field label not supported: spec.nope");
        assertStatus(s.get(cms + "?limit=ten"), 400, "BadRequest", "invalid value for limit");
    }

    @Test
    void unknownPathsAndMethods() {
        assertStatus(s.get("/api/v1/namespaces/" + ns + "/widgets"), 404, "NotFound", "the server could not find the requested resource");
        assertStatus(s.get("/apis/nope.example.com/v1"), 404, "NotFound", "the server could not find the requested resource");
        assertStatus(s.call("PUT", cms, "application/json", "{}"), 405, "MethodNotAllowed", "the server does not allow this method");
        assertStatus(s.get("/nothing-here"), 404, "NotFound", "");
    }
}
