package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** core/v1 ContainerStateRunning. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerStateRunning(
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant startedAt) {
}
