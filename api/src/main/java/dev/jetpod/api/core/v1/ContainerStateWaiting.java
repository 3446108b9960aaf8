package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ContainerStateWaiting, e.g. reason ContainerCreating or CrashLoopBackOff. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerStateWaiting(
        String reason,
        String message) {
}
