package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 MetricSpec, the older shape of a v2 metric. Only used inside the {@code autoscaling.alpha.kubernetes.io/metrics} annotation, which keeps what v1 cannot say. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricSpec(
        String type,
        ObjectMetricSource object,
        PodsMetricSource pods,
        ResourceMetricSource resource,
        ContainerResourceMetricSource containerResource,
        ExternalMetricSource external) {
}
