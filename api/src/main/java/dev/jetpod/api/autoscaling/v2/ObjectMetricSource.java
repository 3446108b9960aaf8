package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ObjectMetricSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectMetricSource(
        CrossVersionObjectReference describedObject,
        MetricTarget target,
        MetricIdentifier metric) {
}
