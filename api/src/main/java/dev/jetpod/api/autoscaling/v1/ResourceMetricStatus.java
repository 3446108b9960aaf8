package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ResourceMetricStatus (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceMetricStatus(
        String name,
        Integer currentAverageUtilization,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity currentAverageValue) {
}
