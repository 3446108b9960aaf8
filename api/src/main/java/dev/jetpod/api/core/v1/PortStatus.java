package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 PortStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PortStatus(
        int port,
        String protocol,
        String error) {
}
