package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ContainerResizePolicy. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerResizePolicy(
        String resourceName,
        String restartPolicy) {
}
