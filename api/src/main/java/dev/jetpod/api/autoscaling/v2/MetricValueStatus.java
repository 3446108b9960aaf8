package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v2 MetricValueStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricValueStatus(
        Quantity value,
        Quantity averageValue,
        Integer averageUtilization) {
}
