package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SecretKeySelector. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecretKeySelector(
        String name,
        String key,
        Boolean optional) {
}
