package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v1 ObjectMetricStatus (annotation payload). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectMetricStatus(
        CrossVersionObjectReference target,
        String metricName,
        @JsonInclude(JsonInclude.Include.ALWAYS) Quantity currentValue,
        LabelSelector selector,
        Quantity averageValue) {
}
