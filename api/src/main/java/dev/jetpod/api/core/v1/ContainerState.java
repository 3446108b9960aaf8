package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ContainerState: exactly one of waiting, running, terminated is set. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerState(
        ContainerStateWaiting waiting,
        ContainerStateRunning running,
        ContainerStateTerminated terminated) {
}
