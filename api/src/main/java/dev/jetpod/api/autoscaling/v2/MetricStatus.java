package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 MetricStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricStatus(
        String type,
        ObjectMetricStatus object,
        PodsMetricStatus pods,
        ResourceMetricStatus resource,
        ContainerResourceMetricStatus containerResource,
        ExternalMetricStatus external) {
}
