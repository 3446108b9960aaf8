package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.coordination.v1.LeaseSpec;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.intstr.IntOrString;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.resource.Quantity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small wire rules that make output byte-compatible with kube-apiserver. */
class WireDetailsTest {
    private static final ObjectMapper JSON = Codecs.json();
    private static final ObjectMapper YAML = Codecs.yaml();

    @Test
    void timeIsWrittenInWholeSecondsUtc() throws Exception {
        ObjectMeta m = ObjectMeta.named("ns", "a").withCreationTimestamp(Instant.parse("2024-05-01T10:00:00.987654321Z"));
        JsonNode n = JSON.valueToTree(m);
        assertEquals("2024-05-01T10:00:00Z", n.get("creationTimestamp").asText());
    }

    @Test
    void timeWithAnOffsetIsReadAsTheSameInstant() throws Exception {
        ObjectMeta m = JSON.readValue("{\"name\":\"a\",\"creationTimestamp\":\"2024-05-01T12:00:00+02:00\"}", ObjectMeta.class);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), m.creationTimestamp());
    }

    @Test
    void microTimeHasExactlySixFractionalDigits() throws Exception {
        LeaseSpec spec = new LeaseSpec("me", 15, Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:00:00.123456789Z"), 0, null, null);
        JsonNode n = JSON.valueToTree(Lease.of(ObjectMeta.named("kube-system", "l"), spec));
        assertEquals("2024-05-01T10:00:00.000000Z", n.at("/spec/acquireTime").asText());
        assertEquals("2024-05-01T10:00:00.123456Z", n.at("/spec/renewTime").asText());
    }

    @Test
    void goOmitemptyDropsFalseAndZeroOfNonPointerFields() {
        PodSpec spec = PodSpec.of(java.util.List.of(Container.of("c", "nginx")))
                .withHostNetwork(false).withEnableServiceLinks(false).withPriority(0);
        JsonNode n = JSON.valueToTree(spec);
        assertFalse(n.has("hostNetwork"), "hostNetwork is a plain bool with omitempty in Kubernetes");
        assertEquals(false, n.get("enableServiceLinks").booleanValue(), "enableServiceLinks is a *bool: false is kept");
        assertEquals(0, n.get("priority").intValue(), "priority is a *int32: 0 is kept");
        assertTrue(JSON.valueToTree(spec.withHostNetwork(true)).get("hostNetwork").booleanValue());
    }

    @Test
    void emptyStructsThatMeanSomethingAreKept() throws Exception {
        Pod pod = JSON.readValue("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":[{\"name\":\"c\",\"image\":\"i\"}],"
                + "\"volumes\":[{\"name\":\"scratch\",\"emptyDir\":{}}],\"securityContext\":{}}}", Pod.class);
        JsonNode n = JSON.valueToTree(pod);
        assertTrue(n.at("/spec/volumes/0/emptyDir").isObject(), "emptyDir: {} selects the volume type and must survive");
        assertTrue(n.at("/spec/securityContext").isObject());
    }

    @Test
    void intOrStringKeepsWhichItWas() throws Exception {
        ServicePort byNumber = JSON.readValue("{\"port\":80,\"targetPort\":8080}", ServicePort.class);
        ServicePort byName = JSON.readValue("{\"port\":80,\"targetPort\":\"http\"}", ServicePort.class);
        ServicePort numericString = JSON.readValue("{\"port\":80,\"targetPort\":\"8080\"}", ServicePort.class);
        assertEquals(IntOrString.of(8080), byNumber.targetPort());
        assertEquals(IntOrString.of("http"), byName.targetPort());
        assertEquals("{\"port\":80,\"targetPort\":8080}", JSON.writeValueAsString(byNumber));
        assertEquals("{\"port\":80,\"targetPort\":\"8080\"}", JSON.writeValueAsString(numericString));
    }

    @Test
    void intOrStringRejectsOtherJson() {
        assertThrows(Exception.class, () -> JSON.readValue("{\"port\":80,\"targetPort\":true}", ServicePort.class));
        assertThrows(Exception.class, () -> JSON.readValue("{\"port\":80,\"targetPort\":4294967296}", ServicePort.class));
    }

    @Test
    void quantitiesAcceptYamlNumbersAndWriteCanonicalStrings() throws Exception {
        Container c = YAML.readValue("name: c\nimage: i\nresources:\n  requests:\n    cpu: 0.5\n    memory: 1.5Gi\n  limits:\n    cpu: 1\n", Container.class);
        assertEquals(Quantity.parse("500m"), c.resources().requests().get("cpu"));
        JsonNode n = JSON.valueToTree(c);
        assertEquals("500m", n.at("/resources/requests/cpu").asText());
        assertEquals("1536Mi", n.at("/resources/requests/memory").asText());
        assertEquals("1", n.at("/resources/limits/cpu").asText());
        assertTrue(n.at("/resources/limits/cpu").isTextual());
    }

    @Test
    void badQuantityIsAClearDecodeError() {
        Exception e = assertThrows(Exception.class, () -> JSON.readValue("{\"name\":\"c\",\"resources\":{\"limits\":{\"cpu\":\"1.1.1\"}}}", Container.class));
        assertTrue(e.getMessage().contains("quantities must match the regular expression"), e.getMessage());
    }

    @Test
    void secretDataIsBase64AndComparedByContent() throws Exception {
        Secret a = Secret.of(ObjectMeta.named("ns", "s"), Map.of("k", "v4lue".getBytes(StandardCharsets.UTF_8)));
        JsonNode n = JSON.valueToTree(a);
        assertEquals("djRsdWU=", n.at("/data/k").asText());
        Secret b = JSON.treeToValue(n, Secret.class);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
