package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v1 CrossVersionObjectReference: the scaled object (kind, name, apiVersion). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CrossVersionObjectReference(
        String kind,
        String name,
        String apiVersion) {
}
