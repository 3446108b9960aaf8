package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ResourceMetricSource (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceMetricSource(
        String name,
        Integer targetAverageUtilization,
        Quantity targetAverageValue) {
}
