package dev.jetpod.apiserver.openapi.proto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the encoded bytes back field by field, with gnostic's field numbers, as kubectl's decoder would. */
class GnosticV2EncoderTest {
    private static final String DOC = """
            {"swagger":"2.0","info":{"title":"Kubernetes","version":"v1.30.0"},
             "paths":{"/api/v1/namespaces/{namespace}/pods/{name}":{
               "parameters":[{"name":"name","in":"path","type":"string","required":true,"uniqueItems":true}],
               "patch":{"operationId":"patchCoreV1NamespacedPod","consumes":["application/apply-patch+yaml"],
                 "parameters":[{"name":"body","in":"body","required":true,"schema":{"type":"object"}},
                               {"name":"fieldValidation","in":"query","type":"string","uniqueItems":true}],
                 "responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/io.k8s.api.core.v1.Pod"}}},
                 "x-kubernetes-action":"patch",
                 "x-kubernetes-group-version-kind":{"group":"","kind":"Pod","version":"v1"}}}},
             "definitions":{"io.k8s.api.core.v1.PodSpec":{"type":"object","required":["containers"],
                 "properties":{"containers":{"type":"array","items":{"$ref":"#/definitions/io.k8s.api.core.v1.Container"},
                     "x-kubernetes-patch-merge-key":"name","x-kubernetes-patch-strategy":"merge",
                     "x-kubernetes-list-map-keys":["name"],"x-kubernetes-list-type":"map"},
                   "nodeSelector":{"type":"object","additionalProperties":{"type":"string"},"x-kubernetes-map-type":"atomic"},
                   "restartPolicy":{"type":"string","enum":["Always","Never"]}}}}}
            """;

    private static UnknownFieldSet parse(ByteString b) {
        try {
            return UnknownFieldSet.parseFrom(b);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static UnknownFieldSet msg(UnknownFieldSet m, int field) {
        return parse(m.getField(field).getLengthDelimitedList().get(0));
    }

    private static List<UnknownFieldSet> msgs(UnknownFieldSet m, int field) {
        return m.getField(field).getLengthDelimitedList().stream().map(GnosticV2EncoderTest::parse).toList();
    }

    private static String str(UnknownFieldSet m, int field) {
        return m.getField(field).getLengthDelimitedList().get(0).toStringUtf8();
    }

    @Test
    void documentPathsOperationsAndParameters() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DOC);
        UnknownFieldSet doc = UnknownFieldSet.parseFrom(GnosticV2Encoder.encode(json));
        assertEquals("2.0", str(doc, 1));
        assertEquals("v1.30.0", str(msg(doc, 2), 2));

        UnknownFieldSet namedPath = msg(msg(doc, 8), 2);
        assertEquals("/api/v1/namespaces/{namespace}/pods/{name}", str(namedPath, 1));
        UnknownFieldSet pathItem = msg(namedPath, 2);
        // path-level parameter: ParametersItem.parameter → Parameter.non_body_parameter → path_parameter_sub_schema (4)
        UnknownFieldSet pathParam = msg(msg(msg(msg(pathItem, 9), 1), 2), 4);
        assertEquals("name", str(pathParam, 4));
        assertEquals(1, pathParam.getField(1).getVarintList().get(0));

        UnknownFieldSet patch = msg(pathItem, 8);
        assertEquals("patchCoreV1NamespacedPod", str(patch, 5));
        List<UnknownFieldSet> params = msgs(patch, 8);
        UnknownFieldSet body = msg(msg(params.get(0), 1), 1);
        assertEquals("body", str(body, 2));
        UnknownFieldSet query = msg(msg(msg(params.get(1), 1), 2), 3);
        assertEquals("fieldValidation", str(query, 4));
        assertEquals("query", str(query, 2));

        // the GVK extension kubectl's query-parameter verifier reads: NamedAny{name, Any{yaml}}
        List<UnknownFieldSet> exts = msgs(patch, 13);
        UnknownFieldSet gvk = exts.stream().filter(e -> str(e, 1).equals("x-kubernetes-group-version-kind")).findFirst().orElseThrow();
        JsonNode gvkYaml = new ObjectMapper().readTree(str(msg(gvk, 2), 2));
        assertEquals("Pod", gvkYaml.path("kind").asText());

        UnknownFieldSet ok = msg(msg(msg(patch, 9), 1), 2);
        UnknownFieldSet response = msg(ok, 1);
        assertEquals("OK", str(response, 1));
        assertEquals("#/definitions/io.k8s.api.core.v1.Pod", str(msg(msg(response, 2), 1), 1));
    }

    @Test
    void definitionsWithListSemantics() throws Exception {
        UnknownFieldSet doc = UnknownFieldSet.parseFrom(GnosticV2Encoder.encode(new ObjectMapper().readTree(DOC)));
        UnknownFieldSet named = msg(msg(doc, 9), 1);
        assertEquals("io.k8s.api.core.v1.PodSpec", str(named, 1));
        UnknownFieldSet spec = msg(named, 2);
        assertEquals("object", str(msg(spec, 22), 1));
        assertEquals("containers", str(spec, 19));
        List<UnknownFieldSet> props = msgs(msg(spec, 25), 1);
        UnknownFieldSet containers = msg(props.get(0), 2);
        assertEquals("array", str(msg(containers, 22), 1));
        assertEquals("#/definitions/io.k8s.api.core.v1.Container", str(msg(msg(containers, 23), 1), 1));
        List<String> extNames = msgs(containers, 31).stream().map(e -> str(e, 1)).toList();
        assertEquals(List.of("x-kubernetes-patch-merge-key", "x-kubernetes-patch-strategy", "x-kubernetes-list-map-keys", "x-kubernetes-list-type"), extNames);
        assertEquals("\"name\"", str(msg(msgs(containers, 31).get(0), 2), 2));

        UnknownFieldSet nodeSelector = msg(props.get(1), 2);
        assertEquals("string", str(msg(msg(msg(nodeSelector, 21), 1), 22), 1));
        UnknownFieldSet restart = msg(props.get(2), 2);
        assertTrue(str(msgs(restart, 20).get(1), 2).contains("Never"));
    }
}
