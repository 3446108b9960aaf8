package dev.jetpod.apiserver.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectCodecTest {
    private final ObjectMapper json = Codecs.json();
    private final ObjectCodec<ConfigMap> codec = new ObjectCodec<>(Resources.CONFIGMAPS, json);

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void storedValuesHaveTypeMetaAndNoResourceVersion() throws Exception {
        ConfigMap c = new ConfigMap(null, null, ObjectMeta.named("ns", "a").withResourceVersion("7"), Map.of("k", "v"), null, null);
        byte[] stored = codec.encodeForStorage(c);
        assertFalse(utf8(stored).contains("resourceVersion"));
        var tree = json.readTree(stored);
        assertEquals("v1", tree.get("apiVersion").asText());
        assertEquals("ConfigMap", tree.get("kind").asText());
        assertEquals("ns", tree.get("metadata").get("namespace").asText());
        assertEquals("v", tree.get("data").get("k").asText());
    }

    @Test
    void decodedObjectsAndTheirJsonCarryTheRevision() throws Exception {
        ConfigMap c = ConfigMap.of(ObjectMeta.named("ns", "a").withLabel("x", "y"), Map.of("k", "v"));
        EncodedObject<ConfigMap> d = codec.decode("k", codec.encodeForStorage(c), 123);
        assertEquals("123", d.object().metadata().resourceVersion());
        // the spliced JSON is exactly what encoding the decoded object gives, field order aside
        assertEquals(json.readTree(json.writeValueAsBytes(d.object())), json.readTree(d.json()));
        assertEquals("123", json.readTree(d.json()).get("metadata").get("resourceVersion").asText());
    }

    @Test
    void anObjectJustStoredIsWhatDecodingItsValueGives() throws Exception {
        ConfigMap c = ConfigMap.of(ObjectMeta.named("ns", "a").withLabel("x", "y").withAnnotations(Map.of("note", "é\"q")), Map.of("k", "v", "e", ""));
        byte[] value = codec.encodeForStorage(c);
        EncodedObject<ConfigMap> stored = codec.stored(c, value, 42);
        EncodedObject<ConfigMap> decoded = codec.decode("k", value, 42);
        assertEquals(decoded.object(), stored.object());
        assertEquals(utf8(decoded.json()), utf8(stored.json()));
    }

    @Test
    void splicingCopesWithWhitespaceEmptyMetadataAndForeignLayouts() throws Exception {
        String[] values = {
            "{ \"kind\" : \"ConfigMap\", \"spec\": {\"metadata\": {\"a\":\"b\"}}, \"metadata\" : { \"name\" : \"a\" } }",
            "{\"metadata\":{},\"apiVersion\":\"v1\"}",
            "{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"5\"}}",
        };
        for (String v : values) {
            EncodedObject<ConfigMap> d = codec.decode("k", v.getBytes(StandardCharsets.UTF_8), 9);
            assertEquals("9", json.readTree(d.json()).get("metadata").get("resourceVersion").asText(), v);
            // fields the type does not know may stay in the cached JSON; what a client decodes is the same object
            assertEquals(d.object(), json.readValue(d.json(), ConfigMap.class), v);
        }
    }

    @Test
    void valuesThatAreNotObjectsOfTheTypeAreReportedWithTheirKey() {
        ObjectCodec.UndecodableValueException e = assertThrows(ObjectCodec.UndecodableValueException.class,
                () -> codec.decode("/registry/core/configmaps/ns/x", "not json".getBytes(StandardCharsets.UTF_8), 1));
        assertEquals(true, e.getMessage().contains("/registry/core/configmaps/ns/x"));
        assertThrows(ObjectCodec.UndecodableValueException.class, () -> codec.decode("k", "{\"data\":{}}".getBytes(StandardCharsets.UTF_8), 1));
    }

    @Test
    void bookmarksCarryOnlyTheResourceVersion() {
        EncodedObject<ConfigMap> b = codec.bookmark(77);
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"resourceVersion\":\"77\"}}", utf8(b.json()));
        assertEquals("77", b.object().metadata().resourceVersion());
    }
}
