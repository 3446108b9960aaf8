package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** core/v1 Taint: effect NoSchedule, PreferNoSchedule or NoExecute. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Taint(
        String key,
        String value,
        String effect,
        Instant timeAdded) {
}
