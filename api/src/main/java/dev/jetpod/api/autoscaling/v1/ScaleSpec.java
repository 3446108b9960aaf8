package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 ScaleSpec. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScaleSpec(
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer replicas) {
}
