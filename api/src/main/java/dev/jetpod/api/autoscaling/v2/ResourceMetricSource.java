package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ResourceMetricSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceMetricSource(
        String name,
        MetricTarget target) {
}
