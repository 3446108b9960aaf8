package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EndpointPort. port is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EndpointPort(
        String name,
        int port,
        String protocol,
        String appProtocol) {
}
