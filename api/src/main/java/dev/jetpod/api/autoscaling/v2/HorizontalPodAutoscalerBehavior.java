package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 HorizontalPodAutoscalerBehavior. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerBehavior(
        HPAScalingRules scaleUp,
        HPAScalingRules scaleDown) {
}
