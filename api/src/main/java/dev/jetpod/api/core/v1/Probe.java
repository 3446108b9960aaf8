package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Probe: one handler (exec, httpGet, tcpSocket or grpc) plus its timings. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Probe(
        ExecAction exec,
        HTTPGetAction httpGet,
        TCPSocketAction tcpSocket,
        GRPCAction grpc,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer initialDelaySeconds,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer timeoutSeconds,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer periodSeconds,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer successThreshold,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer failureThreshold,
        Long terminationGracePeriodSeconds) {
}
