package dev.jetpod.apiserver.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSetTest {
    private final ObjectMapper json = new ObjectMapper();
    private final Schemas schemas = new Schemas(FieldRules.kubernetes());

    private FieldSet fields(String v1) throws Exception {
        return FieldSet.fromFieldsV1(json.readTree(v1.replace('\'', '"')));
    }

    @Test
    void fieldsV1RoundTripsWithDotMembers() throws Exception {
        String v1 = "{'f:metadata':{'f:labels':{'.':{},'f:app':{}}},'f:spec':{'f:replicas':{},"
                + "'f:template':{'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:image':{},'f:name':{}}}}}}}";
        FieldSet s = fields(v1);
        assertTrue(s.has(List.of(new PathElement.Field("spec"), new PathElement.Field("replicas"))));
        assertTrue(s.has(List.of(new PathElement.Field("metadata"), new PathElement.Field("labels"))));
        assertFalse(s.has(List.of(new PathElement.Field("spec"))));
        assertEquals(json.readTree(v1.replace('\'', '"')), s.toFieldsV1());
        assertEquals(List.of(".metadata.labels", ".metadata.labels.app", ".spec.replicas",
                        ".spec.template.spec.containers[name=\"web\"]", ".spec.template.spec.containers[name=\"web\"].image",
                        ".spec.template.spec.containers[name=\"web\"].name"),
                s.paths().stream().map(FieldSet::display).toList());
    }

    @Test
    void setAlgebra() throws Exception {
        FieldSet a = fields("{'f:a':{},'f:b':{'f:c':{},'f:d':{}}}");
        FieldSet b = fields("{'f:b':{'f:c':{}},'f:e':{}}");
        assertEquals(fields("{'f:a':{},'f:b':{'f:d':{}}}"), a.difference(b));
        assertEquals(fields("{'f:b':{'f:c':{}}}"), a.intersection(b));
        assertEquals(fields("{'f:a':{},'f:b':{'f:c':{},'f:d':{}},'f:e':{}}"), a.union(b));
        FieldSet item = fields("{'f:l':{'k:{\\'name\\':\\'x\\'}':{'.':{},'f:v':{},'f:w':{}}}}");
        FieldSet keepW = fields("{'f:l':{'k:{\\'name\\':\\'x\\'}':{'f:w':{}}}}");
        assertEquals(fields("{'f:l':{'k:{\\'name\\':\\'x\\'}':{'f:v':{}}}}"), item.removableGiven(keepW), "an item another manager still partly owns stays");
    }

    @Test
    void fieldsOfAnAppliedConfiguration() throws Exception {
        var config = json.readTree("""
                {"metadata":{"labels":{"app":"web"}},
                 "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},
                   "template":{"metadata":{"labels":{"app":"web"}},
                     "spec":{"containers":[{"name":"web","image":"nginx","ports":[{"containerPort":80}],"resources":{}}]}}}}
                """);
        FieldSet s = TypedFields.of(config, schemas.of(Deployment.class));
        assertEquals(json.readTree(("{'f:metadata':{'f:labels':{'f:app':{}}},'f:spec':{'f:replicas':{},'f:selector':{},"
                + "'f:template':{'f:metadata':{'f:labels':{'f:app':{}}},'f:spec':{'f:containers':{'k:{\\'name\\':\\'web\\'}':{'.':{},'f:image':{},'f:name':{},"
                + "'f:ports':{'k:{\\'containerPort\\':80,\\'protocol\\':\\'TCP\\'}':{'.':{},'f:containerPort':{}}},'f:resources':{}}}}}}}").replace('\'', '"')),
                s.toFieldsV1(), "selector is an atomic struct; the port key takes protocol's default");
    }

    @Test
    void canonicalKeysAreJacksonsJsonText() throws Exception {
        // item keys and set values are compared as text: the text must be what Jackson writes for the value
        for (String v : new String[] {"\"plain\"", "\"quo\\\"te\\\\ and \\u0001 ctl\\n\"", "\"ünï/cödé ✓\"", "8080", "-3",
                "123456789012345678901234567890", "true", "null", "1.5"}) {
            com.fasterxml.jackson.databind.JsonNode n = json.readTree(v);
            String expected = n.isIntegralNumber() ? n.bigIntegerValue().toString() : n.toString();
            assertEquals(expected, PathElement.canonical(n), v);
        }
        assertEquals("{\"a\\\"b\":\"x\",\"port\":80}", PathElement.canonical(json.readTree("{\"port\":80,\"a\\\"b\":\"x\"}")));
    }
}
