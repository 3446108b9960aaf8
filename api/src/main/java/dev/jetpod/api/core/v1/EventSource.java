package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EventSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventSource(
        String component,
        String host) {
}
