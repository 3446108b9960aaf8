package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EndpointAddress. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EndpointAddress(
        String ip,
        String hostname,
        String nodeName,
        ObjectReference targetRef) {
}
