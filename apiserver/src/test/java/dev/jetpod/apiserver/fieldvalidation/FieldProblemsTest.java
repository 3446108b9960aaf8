package dev.jetpod.apiserver.fieldvalidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldProblemsTest {
    private final Schemas schemas = new Schemas(FieldRules.kubernetes());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void unknownFieldsWithKubernetesPaths() throws Exception {
        var pod = json.readTree("""
                {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","labels":{"anything":"goes"},"selfLinkz":"x"},
                 "spec":{"containers":[{"name":"a","image":"x"},{"name":"b","imagee":"y","env":[{"name":"E","valu":"1"}]}],
                         "nodeSelector":{"disk":"ssd"},"foo":{"bar":1}},
                 "status":{"phase":"Running"}}
                """);
        assertEquals(List.of("metadata.selfLinkz", "spec.containers[1].imagee", "spec.containers[1].env[0].valu", "spec.foo"),
                UnknownFields.of(pod, schemas.of(Pod.class)));
        var cm = json.readTree("{\"data\":{\"any.key\":\"v\"},\"binaryData\":{\"b\":\"AA==\"}}");
        assertEquals(List.of(), UnknownFields.of(cm, schemas.of(ConfigMap.class)));
        var d = json.readTree("{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"a\",\"ports\":[{\"containerPort\":1,\"hostport\":2}]}]}}}}");
        assertEquals(List.of("spec.template.spec.containers[0].ports[0].hostport"), UnknownFields.of(d, schemas.of(Deployment.class)));
    }

    @Test
    void duplicateKeysInJsonAndYaml() {
        byte[] body = """
                {"metadata":{"name":"a","name":"b"},"spec":{"containers":[{"name":"x","image":"i"},{"name":"y","image":"i","image":"j"}]},"spec2":1,"spec2":2}
                """.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("metadata.name", "spec.containers[1].image", "spec2"), DuplicateFields.of(body, json.getFactory()));
        byte[] yaml = """
                metadata:
                  name: a
                  labels: {x: '1', x: '2'}
                spec:
                  containers:
                  - name: c
                    image: i
                    image: j
                """.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("metadata.labels.x", "spec.containers[0].image"), DuplicateFields.of(yaml, new YAMLFactory()));
        assertEquals(List.of(), DuplicateFields.of("{not json".getBytes(StandardCharsets.UTF_8), json.getFactory()));
    }

    @Test
    void duplicateKeysInBigObjectsAndNestedArrays() {
        // more keys than an object is scanned for one by one: the check moves to a hash set and still finds both
        byte[] body = """
                {"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"b":11,"x":[[{"k":1}],[{"k":1,"k":2}]],"j":12}
                """.getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("b", "x[1][0].k", "j"), DuplicateFields.of(body, json.getFactory()));
    }

    @Test
    void directivesAndWording() {
        assertEquals(FieldValidation.WARN, FieldValidation.parse(null, "CreateOptions"));
        assertEquals(FieldValidation.STRICT, FieldValidation.parse("Strict", "CreateOptions"));
        assertEquals(FieldValidation.IGNORE, FieldValidation.parse("Ignore", "PatchOptions"));
        ApiException e = assertThrows(ApiException.class, () -> FieldValidation.parse("strict", "PatchOptions"));
        assertEquals(422, e.code());
        assertEquals(List.of("duplicate field \"a\"", "unknown field \"spec.x\""), FieldProblems.of(List.of("spec.x"), List.of("a")).messages());
        assertEquals("299 - \"unknown field \\\"spec.foo\\\"\"", Warnings.header("unknown field \"spec.foo\""));
    }
}
