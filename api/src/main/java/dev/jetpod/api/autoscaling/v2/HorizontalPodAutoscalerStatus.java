package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** autoscaling/v2 HorizontalPodAutoscalerStatus. desiredReplicas is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerStatus(
        Long observedGeneration,
        Instant lastScaleTime,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer currentReplicas,
        int desiredReplicas,
        List<MetricStatus> currentMetrics,
        List<HorizontalPodAutoscalerCondition> conditions) {
    public HorizontalPodAutoscalerStatus withObservedGeneration(Long v) {
        return new HorizontalPodAutoscalerStatus(v, lastScaleTime, currentReplicas, desiredReplicas, currentMetrics, conditions);
    }

    public HorizontalPodAutoscalerStatus withLastScaleTime(Instant v) {
        return new HorizontalPodAutoscalerStatus(observedGeneration, v, currentReplicas, desiredReplicas, currentMetrics, conditions);
    }

    public HorizontalPodAutoscalerStatus withCurrentReplicas(Integer v) {
        return new HorizontalPodAutoscalerStatus(observedGeneration, lastScaleTime, v, desiredReplicas, currentMetrics, conditions);
    }

    public HorizontalPodAutoscalerStatus withDesiredReplicas(int v) {
        return new HorizontalPodAutoscalerStatus(observedGeneration, lastScaleTime, currentReplicas, v, currentMetrics, conditions);
    }

    public HorizontalPodAutoscalerStatus withCurrentMetrics(List<MetricStatus> v) {
        return new HorizontalPodAutoscalerStatus(observedGeneration, lastScaleTime, currentReplicas, desiredReplicas, v, conditions);
    }

    public HorizontalPodAutoscalerStatus withConditions(List<HorizontalPodAutoscalerCondition> v) {
        return new HorizontalPodAutoscalerStatus(observedGeneration, lastScaleTime, currentReplicas, desiredReplicas, currentMetrics, v);
    }

    public List<MetricStatus> currentMetricsOrEmpty() {
        return currentMetrics == null ? List.of() : currentMetrics;
    }

    public List<HorizontalPodAutoscalerCondition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }
}
