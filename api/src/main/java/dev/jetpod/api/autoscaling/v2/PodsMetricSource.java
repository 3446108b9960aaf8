package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 PodsMetricSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodsMetricSource(
        MetricIdentifier metric,
        MetricTarget target) {
}
