package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 PodsMetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodsMetricStatus(
        MetricIdentifier metric,
        MetricValueStatus current) {
}
