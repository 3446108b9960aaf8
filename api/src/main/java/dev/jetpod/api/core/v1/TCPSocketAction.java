package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.intstr.IntOrString;

/** core/v1 TCPSocketAction: port is a number or a named container port. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TCPSocketAction(
        IntOrString port,
        String host) {
}
