package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 MetricStatus, the older shape of a v2 metric status. Only used inside the {@code autoscaling.alpha.kubernetes.io/current-metrics} annotation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricStatus(
        String type,
        ObjectMetricStatus object,
        PodsMetricStatus pods,
        ResourceMetricStatus resource,
        ContainerResourceMetricStatus containerResource,
        ExternalMetricStatus external) {
}
