package dev.jetpod.apiserver.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.errors.ApiException;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

class RequestInfoParserTest {
    @Test
    void parsesKubernetesPaths() {
        assertEquals(new RequestInfo(Verb.LIST, "", "v1", "ns", "pods", "", ""), RequestInfoParser.parse(HttpMethod.GET, "/api/v1/namespaces/ns/pods", false));
        assertEquals(new RequestInfo(Verb.WATCH, "", "v1", "ns", "pods", "", ""), RequestInfoParser.parse(HttpMethod.GET, "/api/v1/namespaces/ns/pods", true));
        assertEquals(new RequestInfo(Verb.WATCH, "", "v1", "ns", "pods", "x", ""), RequestInfoParser.parse(HttpMethod.GET, "/api/v1/watch/namespaces/ns/pods/x", false));
        assertEquals(new RequestInfo(Verb.PATCH, "apps", "v1", "ns", "deployments", "web", "scale"),
                RequestInfoParser.parse(HttpMethod.PATCH, "/apis/apps/v1/namespaces/ns/deployments/web/scale", false));
        assertEquals(new RequestInfo(Verb.LIST, "", "v1", "", "pods", "", ""), RequestInfoParser.parse(HttpMethod.GET, "/api/v1/pods", false));
        assertEquals(new RequestInfo(Verb.DELETECOLLECTION, "", "v1", "ns", "configmaps", "", ""), RequestInfoParser.parse(HttpMethod.DELETE, "/api/v1/namespaces/ns/configmaps", false));
        assertEquals(new RequestInfo(Verb.CREATE, "", "v1", "ns", "pods", "p", "binding"), RequestInfoParser.parse(HttpMethod.POST, "/api/v1/namespaces/ns/pods/p/binding", false));
    }

    @Test
    void namespaceObjectsAndTheirSubresources() {
        assertEquals(new RequestInfo(Verb.GET, "", "v1", "foo", "namespaces", "foo", ""), RequestInfoParser.parse(HttpMethod.GET, "/api/v1/namespaces/foo", false));
        assertEquals(new RequestInfo(Verb.UPDATE, "", "v1", "foo", "namespaces", "foo", "finalize"), RequestInfoParser.parse(HttpMethod.PUT, "/api/v1/namespaces/foo/finalize", false));
        assertEquals(new RequestInfo(Verb.CREATE, "", "v1", "", "namespaces", "", ""), RequestInfoParser.parse(HttpMethod.POST, "/api/v1/namespaces", false));
    }

    @Test
    void badPathsAndMethods() {
        assertEquals(404, assertThrows(ApiException.class, () -> RequestInfoParser.parse(HttpMethod.GET, "/api/v1/namespaces/a/pods/b/c/d", false)).code());
        assertEquals(405, assertThrows(ApiException.class, () -> RequestInfoParser.parse(HttpMethod.PUT, "/api/v1/namespaces/a/pods", false)).code());
    }
}
