package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ExternalMetricSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExternalMetricSource(
        MetricIdentifier metric,
        MetricTarget target) {
}
