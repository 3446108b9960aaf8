package dev.jetpod.api.conversion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.errors.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** autoscaling/v1 ↔ v2 as Kubernetes converts: the CPU target maps, the rest round-trips through annotations. */
class HorizontalPodAutoscalerV1ConversionTest {
    private static final ObjectMapper YAML = Codecs.yaml();
    private static final ObjectMapper JSON = Codecs.json();
    private final HorizontalPodAutoscalerV1Conversion conversion = new HorizontalPodAutoscalerV1Conversion();

    private static final String META = "metadata: {name: web, namespace: default}\n";
    private static final String REF = "scaleTargetRef: {kind: Deployment, name: web, apiVersion: apps/v1}";

    @Test
    void theCpuTargetBecomesAResourceMetricAndBack() {
        HorizontalPodAutoscaler v1 = v1(META + "spec: {" + REF + ", minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 70}\n");
        var v2 = conversion.toStored(v1);
        assertJson("""
                {"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":"web","namespace":"default","creationTimestamp":null},
                 "spec":{"scaleTargetRef":{"kind":"Deployment","name":"web","apiVersion":"apps/v1"},"minReplicas":1,"maxReplicas":5,
                  "metrics":[{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":70}}}]}}""", v2);
        HorizontalPodAutoscaler back = conversion.fromStored(v2);
        assertEquals(70, back.spec().targetCPUUtilizationPercentage());
        assertNull(back.metadata().annotations(), "nothing to carry in annotations");
        assertEquals(0, back.status().desiredReplicas(), "v1's status is always there");
    }

    @Test
    void withoutATargetTheImplicitEightyPercentIsMadeExplicit() {
        var v2 = conversion.toStored(v1(META + "spec: {" + REF + ", maxReplicas: 3}\n"));
        assertEquals(80, v2.spec().metrics().get(0).resource().target().averageUtilization());
        assertEquals(80, conversion.fromStored(v2).spec().targetCPUUtilizationPercentage());
    }

    @Test
    void whatV1CannotSayTravelsInAnnotationsAndComesBack() {
        var v2 = v2(META + """
                spec:
                  scaleTargetRef: {kind: Deployment, name: web, apiVersion: apps/v1}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                  - {type: Pods, pods: {metric: {name: packets}, target: {type: AverageValue, averageValue: 1k}}}
                  - {type: Resource, resource: {name: memory, target: {type: AverageValue, averageValue: 500Mi}}}
                  - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}
                  behavior: {scaleDown: {stabilizationWindowSeconds: 60, selectPolicy: Max, policies: [{type: Pods, value: 1, periodSeconds: 30}]}}
                status:
                  currentReplicas: 3
                  desiredReplicas: 4
                  currentMetrics:
                  - {type: Resource, resource: {name: cpu, current: {averageUtilization: 65, averageValue: 130m}}}
                  conditions:
                  - {type: AbleToScale, status: 'True', lastTransitionTime: '2024-05-01T10:00:00Z', reason: SucceededRescale, message: ok}
                """);
        HorizontalPodAutoscaler v1 = conversion.fromStored(v2);
        assertEquals(50, v1.spec().targetCPUUtilizationPercentage());
        assertEquals(65, v1.status().currentCPUUtilizationPercentage());
        assertEquals(3, v1.status().currentReplicas());
        var a = v1.metadata().annotations();
        assertEquals("[{\"type\":\"Pods\",\"pods\":{\"metricName\":\"packets\",\"targetAverageValue\":\"1k\"}},"
                + "{\"type\":\"Resource\",\"resource\":{\"name\":\"memory\",\"targetAverageValue\":\"500Mi\"}}]", a.get(RoundTripAnnotations.METRICS));
        assertEquals("[{\"type\":\"Resource\",\"resource\":{\"name\":\"cpu\",\"currentAverageUtilization\":65,\"currentAverageValue\":\"130m\"}}]",
                a.get(RoundTripAnnotations.CURRENT_METRICS));
        assertEquals("{\"scaleDown\":{\"stabilizationWindowSeconds\":60,\"selectPolicy\":\"Max\",\"policies\":[{\"type\":\"Pods\",\"value\":1,\"periodSeconds\":30}]}}",
                a.get(RoundTripAnnotations.BEHAVIOR));
        assertEquals(JSON.valueToTree(v2.withTypeMeta("autoscaling/v2", "HorizontalPodAutoscaler")), JSON.valueToTree(conversion.toStored(v1)),
                "v2 → v1 → v2 keeps everything");
    }

    @Test
    void staleRoundTripAnnotationsOnTheStoredObjectAreNotShown() {
        var v2 = v2("metadata: {name: web, annotations: {autoscaling.alpha.kubernetes.io/metrics: '[]', team: a}}\nspec: {" + REF + ", maxReplicas: 2,"
                + " metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}}]}\n");
        assertEquals(java.util.Map.of("team", "a"), conversion.fromStored(v2).metadata().annotations());
    }

    @Test
    void behaviorWrittenByKubernetesWithGoFieldNamesIsRead() {
        var v2 = conversion.toStored(v1("metadata: {name: web, annotations: {autoscaling.alpha.kubernetes.io/behavior: "
                + "'{\"ScaleUp\":{\"StabilizationWindowSeconds\":0,\"SelectPolicy\":\"Max\",\"Policies\":[{\"Type\":\"Percent\",\"Value\":100,\"PeriodSeconds\":15}]}}'}}\n"
                + "spec: {" + REF + ", maxReplicas: 2}\n"));
        assertEquals(100, v2.spec().behavior().scaleUp().policies().get(0).value());
        assertNull(v2.metadata().annotations(), "the annotation is consumed");
    }

    @Test
    void aMalformedAnnotationIsTheClientsMistake() {
        ApiException e = assertThrows(ApiException.class, () -> conversion.toStored(v1(
                "metadata: {name: web, annotations: {autoscaling.alpha.kubernetes.io/metrics: '{\"type\": \"Pods\"}'}}\nspec: {" + REF + ", maxReplicas: 2}\n")));
        assertEquals(400, e.code());
        assertEquals("metadata.annotations[autoscaling.alpha.kubernetes.io/metrics]: cannot decode an object as a list", e.getMessage());
        e = assertThrows(ApiException.class, () -> conversion.toStored(v1(
                "metadata: {name: web, annotations: {autoscaling.alpha.kubernetes.io/conditions: '[{'}}\nspec: {" + REF + ", maxReplicas: 2}\n")));
        assertEquals("metadata.annotations[autoscaling.alpha.kubernetes.io/conditions]: line 1, column 3: Unexpected end-of-input: "
                + "expected close marker for Object (start marker at line 1, column 2)", e.getMessage());
    }

    private static HorizontalPodAutoscaler v1(String yaml) {
        return read(yaml, HorizontalPodAutoscaler.class);
    }

    private static dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler v2(String yaml) {
        return read(yaml, dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler.class);
    }

    private static <T> T read(String yaml, Class<T> type) {
        try {
            return YAML.readValue(yaml, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertJson(String expected, Object actual) {
        try {
            JsonNode e = JSON.readTree(expected);
            assertEquals(e, JSON.valueToTree(actual));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
