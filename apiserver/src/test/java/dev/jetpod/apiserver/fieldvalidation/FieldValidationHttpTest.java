package dev.jetpod.apiserver.fieldvalidation;

import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.apiserver.it.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fieldValidation=Strict|Warn|Ignore on create, update and patch, over HTTP. */
class FieldValidationHttpTest {
    static TestServer s;
    static String cms;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        cms = "/api/v1/namespaces/" + s.newNamespace("fieldval") + "/configmaps";
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return s.http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String cm(String name, String extra) {
        return q("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'" + name + "'" + extra + "},'data':{'k':'v'},'dataa':{'x':'y'}}");
    }

    @Test
    void strictRejectsNamingEveryUnknownAndDuplicateField() throws Exception {
        HttpResponse<String> r = send("POST", cms + "?fieldValidation=Strict", "application/json", cm("s1", ",'name':'s1','bogus':1"));
        assertEquals(400, r.statusCode(), r.body());
        String msg = s.json.readTree(r.body()).path("message").asText();
        assertEquals("ConfigMap in version \"v1\" cannot be handled as a ConfigMap: strict decoding error: duplicate field \"metadata.name\", "
                + "unknown field \"metadata.bogus\", unknown field \"dataa\"", msg);
        assertEquals(404, s.get(cms + "/s1").code(), "nothing was written");
        assertTrue(s.get("/metrics").text().contains("apiserver_field_validation_problems_total{directive=\"Strict\"}"));
    }

    @Test
    void warnIsTheDefaultAndDropsTheFields() throws Exception {
        HttpResponse<String> r = send("POST", cms, "application/json", cm("w1", ""));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(List.of("299 - \"unknown field \\\"dataa\\\"\""), r.headers().allValues("Warning"));
        assertFalse(s.get(cms + "/w1").text().contains("dataa"));

        HttpResponse<String> put = send("PUT", cms + "/w1?fieldValidation=Warn", "application/json", cm("w1", ""));
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(1, put.headers().allValues("Warning").size());
    }

    @Test
    void ignoreSaysNothing() throws Exception {
        HttpResponse<String> r = send("POST", cms + "?fieldValidation=Ignore", "application/json", cm("i1", ""));
        assertEquals(201, r.statusCode());
        assertTrue(r.headers().allValues("Warning").isEmpty());
    }

    @Test
    void patchesAreJudgedOnTheResultAndTheirOwnKeys() throws Exception {
        assertEquals(201, s.post(cms, q("{'metadata':{'name':'p1'},'data':{'k':'v'}}")).code());
        HttpResponse<String> smp = send("PATCH", cms + "/p1?fieldValidation=Strict", "application/strategic-merge-patch+json",
                q("{'data':{'k':'v2'},'spec':{'x':1}}"));
        assertEquals(400, smp.statusCode(), smp.body());
        assertTrue(smp.body().contains("unknown field \\\"spec\\\""), smp.body());
        HttpResponse<String> dup = send("PATCH", cms + "/p1?fieldValidation=Strict", "application/merge-patch+json", "{\"data\":{\"k\":\"a\",\"k\":\"b\"}}");
        assertEquals(400, dup.statusCode());
        assertTrue(dup.body().contains("duplicate field \\\"data.k\\\""), dup.body());
        HttpResponse<String> ok = send("PATCH", cms + "/p1?fieldValidation=Strict", "application/strategic-merge-patch+json", q("{'data':{'k':'v3'}}"));
        assertEquals(200, ok.statusCode(), ok.body());
        HttpResponse<String> warn = send("PATCH", cms + "/p1", "application/json-patch+json", q("[{'op':'add','path':'/extra','value':1}]"));
        assertEquals(200, warn.statusCode(), warn.body());
        assertEquals(List.of("299 - \"unknown field \\\"extra\\\"\""), warn.headers().allValues("Warning"));
    }

    @Test
    void anUnknownDirectiveIsInvalid() throws Exception {
        HttpResponse<String> r = send("POST", cms + "?fieldValidation=strict", "application/json", cm("x1", ""));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("fieldValidation"), r.body());
    }
}
