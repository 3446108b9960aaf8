package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ObjectMetricSource (annotation payload); targetValue is always written, as Go writes it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectMetricSource(
        CrossVersionObjectReference target,
        String metricName,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity targetValue,
        LabelSelector selector,
        Quantity averageValue) {
}
