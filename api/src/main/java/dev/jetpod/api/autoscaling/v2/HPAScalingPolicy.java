package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 HPAScalingPolicy: type Pods or Percent. value and periodSeconds are always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HPAScalingPolicy(
        String type,
        int value,
        int periodSeconds) {
}
