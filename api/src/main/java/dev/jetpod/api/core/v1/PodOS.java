package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 PodOS: linux or windows. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodOS(
        String name) {
}
