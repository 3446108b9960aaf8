package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 MetricSpec: type Object, Pods, Resource, ContainerResource or External, with the matching source set. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricSpec(
        String type,
        ObjectMetricSource object,
        PodsMetricSource pods,
        ResourceMetricSource resource,
        ContainerResourceMetricSource containerResource,
        ExternalMetricSource external) {
}
