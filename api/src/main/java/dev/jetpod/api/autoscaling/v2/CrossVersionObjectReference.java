package dev.jetpod.api.autoscaling.v2;

import com.fasterxml.jackson.annotation.JsonInclude;

/** autoscaling/v2 CrossVersionObjectReference: the scaled object (kind, name, apiVersion). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CrossVersionObjectReference(
        String kind,
        String name,
        String apiVersion) {
}
