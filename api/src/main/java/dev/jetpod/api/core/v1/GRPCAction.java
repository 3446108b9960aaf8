package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 GRPCAction: the gRPC health checking protocol. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record GRPCAction(
        int port,
        String service) {
}
