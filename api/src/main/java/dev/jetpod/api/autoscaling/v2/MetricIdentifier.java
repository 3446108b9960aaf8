package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;

/** autoscaling/v2 MetricIdentifier. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricIdentifier(
        String name,
        LabelSelector selector) {
}
