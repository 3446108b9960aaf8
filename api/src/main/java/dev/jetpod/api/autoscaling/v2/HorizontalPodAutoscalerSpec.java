package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** autoscaling/v2 HorizontalPodAutoscalerSpec. maxReplicas is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerSpec(
        CrossVersionObjectReference scaleTargetRef,
        Integer minReplicas,
        int maxReplicas,
        List<MetricSpec> metrics,
        HorizontalPodAutoscalerBehavior behavior) {
    public HorizontalPodAutoscalerSpec withScaleTargetRef(CrossVersionObjectReference v) {
        return new HorizontalPodAutoscalerSpec(v, minReplicas, maxReplicas, metrics, behavior);
    }

    public HorizontalPodAutoscalerSpec withMinReplicas(Integer v) {
        return new HorizontalPodAutoscalerSpec(scaleTargetRef, v, maxReplicas, metrics, behavior);
    }

    public HorizontalPodAutoscalerSpec withMaxReplicas(int v) {
        return new HorizontalPodAutoscalerSpec(scaleTargetRef, minReplicas, v, metrics, behavior);
    }

    public HorizontalPodAutoscalerSpec withMetrics(List<MetricSpec> v) {
        return new HorizontalPodAutoscalerSpec(scaleTargetRef, minReplicas, maxReplicas, v, behavior);
    }

    public HorizontalPodAutoscalerSpec withBehavior(HorizontalPodAutoscalerBehavior v) {
        return new HorizontalPodAutoscalerSpec(scaleTargetRef, minReplicas, maxReplicas, metrics, v);
    }

    public List<MetricSpec> metricsOrEmpty() {
        return metrics == null ? List.of() : metrics;
    }
}
