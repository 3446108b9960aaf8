package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SecretEnvSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecretEnvSource(
        String name,
        Boolean optional) {
}
