package dev.jetpod.apiserver.openapi.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiV3ConverterTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode v2 = read("""
            {"swagger":"2.0","info":{"title":"Kubernetes","version":"v1.30.0"},
             "paths":{
               "/api/v1/namespaces/{namespace}/pods/{name}":{
                 "parameters":[{"name":"name","in":"path","type":"string","required":true,"uniqueItems":true}],
                 "patch":{"operationId":"patchCoreV1NamespacedPod","consumes":["application/merge-patch+json","application/apply-patch+yaml"],
                   "produces":["application/json","application/yaml"],
                   "parameters":[{"name":"body","in":"body","required":true,"schema":{"type":"object"}},
                                 {"name":"fieldValidation","in":"query","type":"string","uniqueItems":true}],
                   "responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}},"401":{"description":"Unauthorized"}},
                   "x-kubernetes-action":"patch","x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}}},
               "/apis/apps/v1/namespaces/{namespace}/deployments":{
                 "get":{"operationId":"listAppsV1NamespacedDeployment","produces":["application/json"],
                   "responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.apps.v1.DeploymentList"}}}}}},
             "definitions":{
               "io.k8s.api.core.v1.Pod":{"type":"object","properties":{"spec":{"$ref":"#/definitions/io.k8s.api.core.v1.PodSpec"}},
                  "x-kubernetes-group-version-kind":[{"group":"","kind":"Pod","version":"v1"}]},
               "io.k8s.api.core.v1.PodSpec":{"type":"object","properties":{"containers":{"type":"array",
                  "items":{"$ref":"#/definitions/io.k8s.api.core.v1.Container"},"x-kubernetes-patch-merge-key":"name"}}},
               "io.k8s.api.core.v1.Container":{"type":"object","properties":{"port":{"$ref":"#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"}}},
               "io.k8s.apimachinery.pkg.util.intstr.IntOrString":{"type":"string","format":"int-or-string"},
               "io.k8s.api.apps.v1.DeploymentList":{"type":"object"},
               "io.k8s.api.core.v1.Unused":{"type":"object"}}}
            """);

    private JsonNode read(String s) {
        try {
            return mapper.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void splitsByGroupVersionWithReachableSchemasOnly() {
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> docs = OpenApiV3Converter.split(v2);
        assertEquals(java.util.List.of("api/v1", "apis/apps/v1"), java.util.List.copyOf(docs.keySet()));
        JsonNode core = docs.get("api/v1");
        assertEquals("3.0.0", core.path("openapi").asText());
        JsonNode schemas = core.path("components").path("schemas");
        assertTrue(schemas.has("io.k8s.api.core.v1.Pod"));
        assertTrue(schemas.has("io.k8s.api.core.v1.Container"), "reached through PodSpec");
        assertFalse(schemas.has("io.k8s.api.core.v1.Unused"));
        assertFalse(schemas.has("io.k8s.api.apps.v1.DeploymentList"));
        assertEquals("#/components/schemas/io.k8s.api.core.v1.Container", schemas.at("/io.k8s.api.core.v1.PodSpec/properties/containers/items/$ref").asText());
        assertEquals("name", schemas.at("/io.k8s.api.core.v1.PodSpec/properties/containers/x-kubernetes-patch-merge-key").asText());
        assertTrue(schemas.at("/io.k8s.apimachinery.pkg.util.intstr.IntOrString/x-kubernetes-int-or-string").asBoolean());
    }

    @Test
    void operationsUseV3ParametersBodiesAndResponses() {
        JsonNode patch = OpenApiV3Converter.split(v2).get("api/v1").at("/paths/~1api~1v1~1namespaces~1{namespace}~1pods~1{name}/patch");
        JsonNode fv = patch.path("parameters").get(0);
        assertEquals("fieldValidation", fv.path("name").asText());
        assertEquals("query", fv.path("in").asText());
        assertEquals("string", fv.at("/schema/type").asText());
        assertTrue(patch.at("/requestBody/content").has("application/apply-patch+yaml"));
        assertEquals("#/components/schemas/io.k8s.api.core.v1.Pod", patch.at("/responses/200/content/application~1yaml/schema/$ref").asText());
        assertFalse(patch.at("/responses/401").has("content"));
        assertEquals("Pod", patch.at("/x-kubernetes-group-version-kind/kind").asText());
        JsonNode pathParams = OpenApiV3Converter.split(v2).get("api/v1").at("/paths/~1api~1v1~1namespaces~1{namespace}~1pods~1{name}/parameters");
        assertEquals("path", pathParams.get(0).path("in").asText());
    }

    @Test
    void rootPointsAtHashedDocuments() throws Exception {
        OpenApiV3Documents docs = new OpenApiV3Documents(v2, mapper);
        JsonNode root = mapper.readTree(docs.root());
        String url = root.at("/paths/api~1v1/serverRelativeURL").asText();
        String hash = docs.forGroupVersion("api/v1").orElseThrow().hash();
        assertEquals("/openapi/v3/api/v1?hash=" + hash, url);
        assertEquals(128, hash.length());
        assertEquals(hash, hash.toUpperCase());
        assertTrue(docs.forGroupVersion("apis/apps/v1").isPresent());
        assertTrue(docs.forGroupVersion("apis/nope/v1").isEmpty());
    }
}
