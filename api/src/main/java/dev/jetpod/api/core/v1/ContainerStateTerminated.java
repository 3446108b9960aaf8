package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** core/v1 ContainerStateTerminated. exitCode is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerStateTerminated(
        int exitCode,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer signal,
        String reason,
        String message,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant startedAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant finishedAt,
        String containerID) {
}
