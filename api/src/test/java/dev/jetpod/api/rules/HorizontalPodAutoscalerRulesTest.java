package dev.jetpod.api.rules;

import static dev.jetpod.api.rules.RulesFixture.createErrors;
import static dev.jetpod.api.rules.RulesFixture.rules;
import static dev.jetpod.api.rules.RulesFixture.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HorizontalPodAutoscalerRulesTest {
    static final String TARGET = "scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}";

    static HorizontalPodAutoscaler hpa(String spec) {
        return yaml("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web, namespace: default}\nspec: " + spec + "\n",
                HorizontalPodAutoscaler.class);
    }

    @Test
    void defaultsMinReplicasAndAnEightyPercentCpuTarget() throws Exception {
        HorizontalPodAutoscaler h = rules(HorizontalPodAutoscaler.class).applyDefaults(hpa("{maxReplicas: 5, " + TARGET + "}"));
        assertEquals(1, h.spec().minReplicas());
        assertEquals(RulesFixture.JSON.readTree("[{\"type\":\"Resource\",\"resource\":{\"name\":\"cpu\",\"target\":{\"type\":\"Utilization\",\"averageUtilization\":80}}}]"),
                RulesFixture.JSON.readTree(RulesFixture.json(h.spec().metrics())));
        assertEquals(null, h.spec().behavior(), "behavior is only completed when given");
        assertEquals(List.of(), createErrors(h, HorizontalPodAutoscaler.class));
    }

    @Test
    void completesAGivenBehavior() throws Exception {
        HorizontalPodAutoscaler h = rules(HorizontalPodAutoscaler.class).applyDefaults(hpa("{maxReplicas: 5, " + TARGET + ", behavior: {scaleDown: {stabilizationWindowSeconds: 60}}}"));
        assertEquals(RulesFixture.JSON.readTree("""
                {"scaleUp":{"stabilizationWindowSeconds":0,"selectPolicy":"Max","policies":[{"type":"Pods","value":4,"periodSeconds":15},{"type":"Percent","value":100,"periodSeconds":15}]},
                 "scaleDown":{"stabilizationWindowSeconds":60,"selectPolicy":"Max","policies":[{"type":"Percent","value":100,"periodSeconds":15}]}}"""),
                RulesFixture.JSON.readTree(RulesFixture.json(h.spec().behavior())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "min above max|{minReplicas: 5, maxReplicas: 2, " + TARGET + "}|spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`",
            "min zero|{minReplicas: 0, maxReplicas: 2, " + TARGET + "}|spec.minReplicas: Invalid value: 0: must be greater than or equal to 1",
            "max zero|{maxReplicas: 0, " + TARGET + "}|spec.maxReplicas: Invalid value: 0: must be greater than 0",
            "no target kind|{maxReplicas: 2, scaleTargetRef: {name: web}}|spec.scaleTargetRef.kind: Required value",
            "no target name|{maxReplicas: 2, scaleTargetRef: {kind: Deployment}}|spec.scaleTargetRef.name: Required value",
            "metric type|{maxReplicas: 2, " + TARGET + ", metrics: [{type: Magic}]}|spec.metrics[0].type: Unsupported value: \"Magic\"",
            "metric source missing|{maxReplicas: 2, " + TARGET + ", metrics: [{type: Resource}]}|spec.metrics[0].resource: Required value: must populate information for the given metric source",
            "utilization without value|{maxReplicas: 2, " + TARGET + ", metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}]}|spec.metrics[0].resource.target.averageUtilization: Required value",
            "resource value target|{maxReplicas: 2, " + TARGET + ", metrics: [{type: Resource, resource: {name: cpu, target: {type: Value, value: '1'}}}]}|spec.metrics[0].resource.target.type: Invalid value: \"Value\": must be Utilization or AverageValue for this metric source type",
            "pods metric name|{maxReplicas: 2, " + TARGET + ", metrics: [{type: Pods, pods: {metric: {}, target: {type: AverageValue, averageValue: '1'}}}]}|spec.metrics[0].pods.metric.name: Required value: must specify a metric name",
            "policy value|{maxReplicas: 2, " + TARGET + ", behavior: {scaleUp: {policies: [{type: Pods, value: 0, periodSeconds: 15}]}}}|spec.behavior.scaleUp.policies[0].value: Invalid value: 0: must be greater than zero",
            "policy period|{maxReplicas: 2, " + TARGET + ", behavior: {scaleUp: {policies: [{type: Pods, value: 1, periodSeconds: 3600}]}}}|spec.behavior.scaleUp.policies[0].periodSeconds: Invalid value: 3600: must be less than or equal to 1800",
            "window|{maxReplicas: 2, " + TARGET + ", behavior: {scaleDown: {stabilizationWindowSeconds: 4000}}}|spec.behavior.scaleDown.stabilizationWindowSeconds: Invalid value: 4000: must be less than or equal to 3600",
    })
    void rejectsInvalidAutoscalers(String name, String spec, String expected) {
        List<String> errs = createErrors(hpa(spec), HorizontalPodAutoscaler.class);
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }
}
