package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 HorizontalPodAutoscalerSpec: one CPU utilization target; maxReplicas is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerSpec(
        CrossVersionObjectReference scaleTargetRef,
        Integer minReplicas,
        int maxReplicas,
        Integer targetCPUUtilizationPercentage) {
}
