package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ConfigMapEnvSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConfigMapEnvSource(
        String name,
        Boolean optional) {
}
