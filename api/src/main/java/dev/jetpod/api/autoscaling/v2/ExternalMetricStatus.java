package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ExternalMetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExternalMetricStatus(
        MetricIdentifier metric,
        MetricValueStatus current) {
}
