package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** autoscaling/v2 MetricTarget: type Utilization, Value or AverageValue. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MetricTarget(
        String type,
        Quantity value,
        Quantity averageValue,
        Integer averageUtilization) {
}
