package dev.jetpod.api.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each sample under samples/ is written the way kube-apiserver writes that object (field names, omitted empties,
 * nulls it keeps, number vs string). Decoding it strictly proves every field is modelled; encoding it again must
 * give the same JSON tree, field for field; and a YAML round trip must give an equal object.
 */
class WireFormatRoundTripTest {
    private static final ObjectMapper JSON = Codecs.json();
    private static final ObjectMapper STRICT = Codecs.strictJson();
    private static final ObjectMapper YAML = Codecs.yaml();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pod.json, dev.jetpod.api.core.v1.Pod",
            "pod-pending.json, dev.jetpod.api.core.v1.Pod",
            "node.json, dev.jetpod.api.core.v1.Node",
            "service.json, dev.jetpod.api.core.v1.Service",
            "service-clusterip.json, dev.jetpod.api.core.v1.Service",
            "endpoints.json, dev.jetpod.api.core.v1.Endpoints",
            "event.json, dev.jetpod.api.core.v1.Event",
            "event-series.json, dev.jetpod.api.core.v1.Event",
            "secret.json, dev.jetpod.api.core.v1.Secret",
            "configmap.json, dev.jetpod.api.core.v1.ConfigMap",
            "namespace.json, dev.jetpod.api.core.v1.Namespace",
            "binding.json, dev.jetpod.api.core.v1.Binding",
            "deployment.json, dev.jetpod.api.apps.v1.Deployment",
            "deployment-recreate.json, dev.jetpod.api.apps.v1.Deployment",
            "replicaset.json, dev.jetpod.api.apps.v1.ReplicaSet",
            "replicaset-scaled-to-zero.json, dev.jetpod.api.apps.v1.ReplicaSet",
            "hpa.json, dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler",
            "hpa-v1.json, dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler",
            "scale.json, dev.jetpod.api.autoscaling.v1.Scale",
            "lease.json, dev.jetpod.api.coordination.v1.Lease",
            "table.json, dev.jetpod.api.meta.Table",
            "deleteoptions.json, dev.jetpod.api.meta.DeleteOptions",
            "status-invalid.json, dev.jetpod.api.meta.Status",
            "apiversions.json, dev.jetpod.api.discovery.APIVersions",
            "apigrouplist.json, dev.jetpod.api.discovery.APIGroupList",
            "apiresourcelist.json, dev.jetpod.api.discovery.APIResourceList",
    })
    void encodesExactlyWhatKubernetesWrites(String sample, Class<?> type) throws IOException {
        JsonNode expected = JSON.readTree(read(sample));

        Object typed = STRICT.treeToValue(expected, type);
        JsonNode actual = JSON.readTree(JSON.writeValueAsString(typed));
        assertEquals(sorted(expected).toPrettyString(), sorted(actual).toPrettyString());
        assertEquals(expected, actual);

        Object fromYaml = YAML.readValue(YAML.writeValueAsString(typed), type);
        assertEquals(typed, fromYaml);
    }

    /** The same tree with object keys in order, so a failure shows a readable diff. */
    static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            names.forEach(k -> out.set(k, sorted(n.get(k))));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            n.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return n;
    }

    static byte[] read(String sample) throws IOException {
        try (InputStream in = WireFormatRoundTripTest.class.getResourceAsStream("/samples/" + sample)) {
            if (in == null) {
                throw new IOException("no sample " + sample);
            }
            return in.readAllBytes();
        }
    }
}
