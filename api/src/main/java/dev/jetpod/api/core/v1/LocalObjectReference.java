package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 LocalObjectReference: an object in the same namespace, by name. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LocalObjectReference(
        String name) {
}
