package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 ContainerResourceMetricSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerResourceMetricSource(
        String name,
        MetricTarget target,
        String container) {
}
