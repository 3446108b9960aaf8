package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** autoscaling/v1 HorizontalPodAutoscalerStatus: the replica counts are always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscalerStatus(
        Long observedGeneration,
        Instant lastScaleTime,
        int currentReplicas,
        int desiredReplicas,
        Integer currentCPUUtilizationPercentage) {
}
