package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ConfigMapKeySelector. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConfigMapKeySelector(
        String name,
        String key,
        Boolean optional) {
}
