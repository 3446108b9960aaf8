package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;
import java.util.List;

/** autoscaling/v2 HPAScalingRules: selectPolicy Max, Min or Disabled. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HPAScalingRules(
        Integer stabilizationWindowSeconds,
        String selectPolicy,
        List<HPAScalingPolicy> policies,
        Quantity tolerance) {
}
