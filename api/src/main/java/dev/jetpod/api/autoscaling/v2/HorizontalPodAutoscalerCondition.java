package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** autoscaling/v2 HorizontalPodAutoscalerCondition (AbleToScale, ScalingActive, ScalingLimited). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerCondition(
        String type,
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        String reason,
        String message) {
}
