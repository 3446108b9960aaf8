package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ContainerPort. containerPort is always written, as Kubernetes does. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerPort(
        String name,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer hostPort,
        int containerPort,
        String protocol,
        String hostIP) {
}
