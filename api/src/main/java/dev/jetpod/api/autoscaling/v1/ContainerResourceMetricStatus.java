package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ContainerResourceMetricStatus (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerResourceMetricStatus(
        String name,
        Integer currentAverageUtilization,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity currentAverageValue,
        String container) {
}
