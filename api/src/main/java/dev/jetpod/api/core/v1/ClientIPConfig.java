package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ClientIPConfig. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClientIPConfig(
        Integer timeoutSeconds) {
}
