package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 PodsMetricSource (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodsMetricSource(
        String metricName,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity targetAverageValue,
        LabelSelector selector) {
}
