package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 ScaleStatus: selector is the label selector in its string form. replicas is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScaleStatus(
        int replicas,
        String selector) {
}
