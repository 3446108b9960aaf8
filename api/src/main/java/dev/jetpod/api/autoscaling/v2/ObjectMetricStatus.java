package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ObjectMetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectMetricStatus(
        MetricIdentifier metric,
        MetricValueStatus current,
        CrossVersionObjectReference describedObject) {
}
