package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 HTTPHeader. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HTTPHeader(
        String name,
        String value) {
}
