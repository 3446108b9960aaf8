package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ContainerResourceMetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerResourceMetricStatus(
        String name,
        MetricValueStatus current,
        String container) {
}
