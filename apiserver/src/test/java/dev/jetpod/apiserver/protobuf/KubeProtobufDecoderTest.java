package dev.jetpod.apiserver.protobuf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.Scheme;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bodies captured from kubectl 1.33 on this machine ({@code create deployment}, {@code create configmap}), decoded. */
class KubeProtobufDecoderTest {
    /** kubectl.1.33 create deployment web --image=nginx:1.25 --replicas=3 --port=80 */
    private static final String DEPLOYMENT = "azhzAAoVCgdhcHBzL3YxEgpEZXBsb3ltZW50Er0BCh8KA3dlYhIAGgAiACoAMgA4AEIAWgoKA2FwcBIDd2ViEosBCAMSDAoKCgNhcHASA3dlYhpxChwKABIAGgAiACoAMgA4AEIAWgoKA2FwcBIDd2ViElESMwoFbmdpbngSCm5naW54OjEuMjUqADIKCgAQABhQIgAqAEIAagByAIABAIgBAJABAKIBABoAMgBCAEoAUgBYAGAAaACCAQCKAQCaAQDCAQAiAgoAKAA4ABoMCAAQABgAIAAoADgAGgAiAA==";
    /** kubectl.1.33 create configmap cfg --from-literal=a=b */
    private static final String CONFIGMAP = "azhzAAoPCgJ2MRIJQ29uZmlnTWFwEh0KEwoDY2ZnEgAaACIAKgAyADgAQgASBgoBYRIBYhoAIgA=";

    private final KubeProtobufDecoder decoder = new KubeProtobufDecoder(Scheme.builtin(), new Schemas(FieldRules.kubernetes()),
            ProtoFields.kubernetes(), Codecs.json());

    @Test
    void deploymentFromKubectl() {
        JsonNode d = decoder.decode(Base64.getDecoder().decode(DEPLOYMENT));
        assertEquals("apps/v1", d.path("apiVersion").asText());
        assertEquals("Deployment", d.path("kind").asText());
        assertEquals("web", d.at("/metadata/name").asText());
        assertTrue(d.at("/metadata/namespace").isMissingNode(), "Go's empty string is no value");
        assertTrue(d.at("/metadata/creationTimestamp").isMissingNode(), "a zero time is no time");
        assertEquals("web", d.at("/metadata/labels/app").asText());
        assertEquals(3, d.at("/spec/replicas").asInt());
        assertEquals("web", d.at("/spec/selector/matchLabels/app").asText());
        assertEquals("web", d.at("/spec/template/metadata/labels/app").asText());
        JsonNode c = d.at("/spec/template/spec/containers/0");
        assertEquals("nginx", c.path("name").asText());
        assertEquals("nginx:1.25", c.path("image").asText());
        assertEquals(80, c.at("/ports/0/containerPort").asInt());
        assertTrue(c.path("resources").isObject());
    }

    @Test
    void configMapFromKubectl() {
        JsonNode cm = decoder.decode(Base64.getDecoder().decode(CONFIGMAP));
        assertEquals("ConfigMap", cm.path("kind").asText());
        assertEquals("cfg", cm.at("/metadata/name").asText());
        assertEquals("b", cm.at("/data/a").asText());
    }

    @Test
    void badBodies() {
        assertEquals(400, assertThrows(ApiException.class, () -> decoder.decode("{\"kind\":\"Pod\"}".getBytes())).code());
        byte[] truncated = Arrays.copyOf(Base64.getDecoder().decode(DEPLOYMENT), 40);
        assertEquals(400, assertThrows(ApiException.class, () -> decoder.decode(truncated)).code());
    }

    @Test
    void everyNumberedFieldExistsOnItsRecord() {
        ProtoFields.kubernetes().all().forEach((type, slots) -> {
            Set<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            slots.values().forEach(slot -> {
                if (slot instanceof ProtoFields.Slot.Named n) {
                    assertTrue(names.contains(n.json()), type.getSimpleName() + " has no field " + n.json());
                }
            });
        });
    }
}
