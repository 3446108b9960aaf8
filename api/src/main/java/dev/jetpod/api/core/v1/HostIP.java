package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 HostIP: one of the node's addresses the pod is reachable through. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HostIP(
        String ip) {
}
