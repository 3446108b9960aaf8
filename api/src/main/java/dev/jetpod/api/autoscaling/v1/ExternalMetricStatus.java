package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ExternalMetricStatus (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExternalMetricStatus(
        String metricName,
        LabelSelector metricSelector,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity currentValue,
        Quantity currentAverageValue) {
}
