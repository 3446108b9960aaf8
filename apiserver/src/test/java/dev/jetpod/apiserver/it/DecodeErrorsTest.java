package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.deployment;
import static dev.jetpod.apiserver.it.TestServer.pod;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jetpod.apiserver.it.TestServer.Response;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body that does not fit its type is a 400 naming the field and the JSON type expected, in plain words, on every
 * path a body takes (create, update, the result of a patch, apply, subresources), and leaves the object as it was.
 * Nothing of the decoder's Java world (class names, parser tokens, source references) reaches the client.
 */
class DecodeErrorsTest {
    private static final List<String> INTERNALS = List.of("`", "java.", "dev.jetpod", "JsonToken", "Source:", "StreamReadFeature",
            "line -1", "Exception", "Cannot deserialize");
    static TestServer s;
    static String ns;
    static String pods;
    static String web;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("decode");
        pods = "/api/v1/namespaces/" + ns + "/pods";
        web = pods + "/web";
        assertEquals(201, s.post(pods, pod("web", "nginx:1")).code());
        assertEquals(201, s.post("/apis/apps/v1/namespaces/" + ns + "/deployments", deployment("d", 1)).code());
    }

    private static String podWith(String metadataExtra, String spec) {
        return q("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'web'" + metadataExtra + "},'spec':" + spec + "}");
    }

    static Stream<Arguments> badPodBodies() {
        String ok = "{'containers':[{'name':'c','image':'nginx:1'}]}";
        return Stream.of(
                Arguments.of(podWith("", "{'containers':{'name':'web'}}"), "spec.containers: cannot decode an object as a list"),
                Arguments.of(podWith(",'labels':['a']", ok), "metadata.labels: cannot decode a list as an object"),
                Arguments.of(podWith(",'creationTimestamp':'yesterday'", ok),
                        "metadata.creationTimestamp: cannot decode \"yesterday\" as a time (RFC 3339, e.g. 2024-05-01T10:00:00Z)"),
                Arguments.of(podWith("", "{'containers':[{'name':'c','image':'i','ports':[{'containerPort':'eighty'}]}]}"),
                        "spec.containers[0].ports[0].containerPort: cannot decode \"eighty\" as an integer"),
                Arguments.of(podWith("", "{'hostNetwork':'yes','containers':[{'name':'c','image':'i'}]}"),
                        "spec.hostNetwork: cannot decode \"yes\" as a boolean (true or false)"),
                Arguments.of(podWith("", "{'restartPolicy':['Always'],'containers':[{'name':'c','image':'i'}]}"),
                        "spec.restartPolicy: cannot decode a list as a string"),
                Arguments.of(podWith("", "{'priority':99999999999999,'containers':[{'name':'c','image':'i'}]}"),
                        "spec.priority: 99999999999999 is out of range for an integer"),
                Arguments.of(podWith("", "{'containers':[{'name':'c','image':'i','livenessProbe':{'httpGet':{'port':{'x':1}}}}]}"),
                        "spec.containers[0].livenessProbe.httpGet.port: cannot decode an object as an integer or a string"),
                Arguments.of(podWith("", "{'containers':[{'name':'c','image':'i','resources':{'limits':{'cpu':'lots'}}}]}"),
                        "spec.containers[0].resources.limits.cpu: quantities must match the regular expression "
                                + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
    }

    @ParameterizedTest
    @MethodSource("badPodBodies")
    void createAndUpdateNameTheFieldAndTheExpectedType(String body, String problem) {
        String expected = "Pod in version \"v1\" cannot be handled as a Pod: " + problem;
        assertBadRequest(s.post(pods, body.replace("\"web\"", "\"web2\"")), expected);
        assertBadRequest(s.put(web, body), expected);
        assertEquals(404, s.get(pods + "/web2").code(), "nothing created");
    }

    @Test
    void patchResultsAndApplyAreDecodedTheSameWay() {
        String expected = "Pod in version \"v1\" cannot be handled as a Pod: spec.containers: cannot decode an object as a list";
        assertBadRequest(s.patch(web, "application/merge-patch+json", q("{'spec':{'containers':{'name':'x'}}}")), expected);
        assertBadRequest(s.patch(web, "application/json-patch+json", q("[{'op':'replace','path':'/spec/containers','value':{'name':'x'}}]")), expected);
        assertBadRequest(s.patch(web + "?fieldManager=t", "application/apply-patch+yaml",
                "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec: {containers: {name: x}}\n"), expected);
        assertEquals("nginx:1", s.get(web).at("/spec/containers/0/image"), "the pod is as it was");
    }

    @Test
    void subresourceBodies() {
        assertBadRequest(s.put(web + "/status", q("{'apiVersion':'v1','kind':'Pod','metadata':{'name':'web'},'status':{'conditions':'Ready'}}")),
                "Pod in version \"v1\" cannot be handled as a Pod: status.conditions: cannot decode a string as a list");
        assertBadRequest(s.put("/apis/apps/v1/namespaces/" + ns + "/deployments/d/scale",
                        q("{'apiVersion':'autoscaling/v1','kind':'Scale','metadata':{'name':'d'},'spec':{'replicas':'three'}}")),
                "Scale in version \"v1\" cannot be handled as a Scale: spec.replicas: cannot decode \"three\" as an integer");
        assertBadRequest(s.post(web + "/binding", q("{'apiVersion':'v1','kind':'Binding','metadata':{'name':'web'},'target':['n1']}")),
                "Binding in version \"v1\" cannot be handled as a Binding: target: cannot decode a list as an object");
        assertEquals("1", s.get("/apis/apps/v1/namespaces/" + ns + "/deployments/d").at("/spec/replicas"));
    }

    @Test
    void syntaxErrorsSayWhereWithoutTheParsersInternals() {
        Response truncated = s.post(pods, "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"web\"");
        assertBadRequest(truncated, "the body of the request could not be parsed as JSON: line 1, column 57: Unexpected end-of-input: "
                + "expected close marker for Object (start marker at line 1, column 44)");
        assertBadRequest(s.post(pods, "{\"metadata\":{\"name\":\"x\"}}{\"b\":2}"),
                "the body of the request could not be parsed as JSON: line 1, column 26: invalid data after the top-level value");
        assertEquals(404, s.get(pods + "/x").code());
    }

    @Test
    void badPercentEscapesInTheUrlAreTheClientsMistake() throws IOException {
        assertBadRequest(rawGet(pods + "?labelSelector=%zz"), "the request URL is malformed (" + pods + "?labelSelector=%zz): invalid %-escape");
        assertBadRequest(rawGet("/api/v1/namespaces/%zz/pods"), "the request URL is malformed (/api/v1/namespaces/%zz/pods): invalid %-escape");
    }

    /** A GET written on a socket: java.net.http refuses to send a URL with a bad %-escape at all. */
    private static Response rawGet(String pathAndQuery) throws IOException {
        URI base = URI.create(s.url());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = Integer.parseInt(answer.substring(9, 12));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            return new Response(code, body, "application/json", s.json);
        }
    }

    private static void assertBadRequest(Response r, String message) {
        assertEquals(400, r.code(), r.text());
        assertEquals("BadRequest", r.at("/reason"), r.text());
        assertEquals(message, r.at("/message"));
        for (String internal : INTERNALS) {
            assertFalse(r.text().contains(internal), "\"" + internal + "\" in " + r.text());
        }
    }
}
