package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ResourceMetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceMetricStatus(
        String name,
        MetricValueStatus current) {
}
