package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.Scheme;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectDecoderTest {
    private final ObjectDecoder decoder = new ObjectDecoder(Scheme.builtin());
    private final ManifestReader reader = new ManifestReader();

    private JsonNode json(String s) {
        return decoder.readJson(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesByApiVersionAndKind() {
        List<Decoded<KubeObject<?>>> all = decoder.decodeManifest(reader.read("app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec: {replicas: 2}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {ports: [{port: 80, targetPort: http}]}
                """));
        assertTrue(all.get(0).object() instanceof Deployment d && d.spec().replicas() == 2);
        assertTrue(all.get(1).object() instanceof Service s && s.spec().ports().get(0).targetPort().stringValue().equals("http"));
    }

    @Test
    void unknownKindsAndMissingTypeMetaAreClear() {
        assertEquals("no matches for kind \"Widget\" in version \"v1\"",
                assertThrows(DecodeException.class, () -> decoder.decode(json("{\"apiVersion\":\"v1\",\"kind\":\"Widget\"}"))).getMessage());
        assertEquals("no matches for kind \"Deployment\" in version \"v1\"",
                assertThrows(DecodeException.class, () -> decoder.decode(json("{\"apiVersion\":\"v1\",\"kind\":\"Deployment\"}"))).getMessage());
        assertEquals("kind not set", assertThrows(DecodeException.class, () -> decoder.decode(json("{\"apiVersion\":\"v1\"}"))).getMessage());
        assertEquals("apiVersion not set, kind not set", assertThrows(DecodeException.class, () -> decoder.decode(json("{}"))).getMessage());
        ManifestException e = assertThrows(ManifestException.class, () -> decoder.decodeManifest(reader.read("w.yaml", "apiVersion: v1\nkind: Pod\n---\napiVersion: v9\nkind: Pod\n")));
        assertEquals("w.yaml:4: no matches for kind \"Pod\" in version \"v9\"", e.getMessage());
    }

    @Test
    void wrongValueTypesNameTheField() {
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(json(
                "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"replicas\":\"three\"}}")));
        assertEquals("spec.replicas: cannot decode \"three\" as an integer", e.getMessage());
        e = assertThrows(DecodeException.class, () -> decoder.decode(json(
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"containers\":[{\"name\":\"a\",\"resources\":{\"limits\":{\"cpu\":\"lots\"}}}]}}")));
        assertTrue(e.getMessage().startsWith("spec.containers[0].resources.limits.cpu: quantities must match the regular expression"), e.getMessage());
        e = assertThrows(DecodeException.class, () -> decoder.decode(json("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spec\":{\"containers\":{\"name\":\"a\"}}}")));
        assertEquals("spec.containers: cannot decode an object as a list", e.getMessage());
    }

    @Test
    void unknownFieldsAreReportedWithPaths() {
        Decoded<KubeObject<?>> d = decoder.decode(json("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\",\"colour\":\"red\"},"
                + "\"spec\":{\"containers\":[{\"name\":\"a\",\"imagee\":\"nginx\"}]},\"extra\":1}"));
        assertEquals(List.of("metadata.colour", "spec.containers[0].imagee", "extra"), d.unknownFields());
        assertEquals("a", d.object().metadata().name());
    }

    @Test
    void decodeAsChecksTheTypeTheServerExpects() {
        Decoded<Pod> p = decoder.decodeAs(json("{\"metadata\":{\"name\":\"a\"}}"), Resources.PODS);
        assertEquals("Pod", p.object().kind(), "missing type meta is filled in");
        assertEquals("the kind in the data (Service) does not match the expected kind (Pod)",
                assertThrows(DecodeException.class, () -> decoder.decodeAs(json("{\"apiVersion\":\"v1\",\"kind\":\"Service\"}"), Resources.PODS)).getMessage());
        assertEquals("the API version in the data (apps/v1) does not match the expected API version (v1)",
                assertThrows(DecodeException.class, () -> decoder.decodeAs(json("{\"apiVersion\":\"apps/v1\",\"kind\":\"Pod\"}"), Resources.PODS)).getMessage());
    }

    @Test
    void malformedBodiesAreClear() {
        DecodeException e = assertThrows(DecodeException.class, () -> json("{\"a\":1,\"a\":2}"));
        assertTrue(e.getMessage().contains("Duplicate field 'a'"), e.getMessage());
        e = assertThrows(DecodeException.class, () -> json("{\"a\":"));
        assertTrue(e.getMessage().startsWith("line 1, column"), e.getMessage());
        assertEquals("empty body", assertThrows(DecodeException.class, () -> json("")).getMessage());
        JsonNode y = decoder.readYaml("apiVersion: v1\nkind: Pod\nmetadata: {name: y}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("y", decoder.decode(y).object().metadata().name());
    }
}
