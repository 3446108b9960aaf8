package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ContainerResourceMetricSource (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerResourceMetricSource(
        String name,
        Integer targetAverageUtilization,
        Quantity targetAverageValue,
        String container) {
}
