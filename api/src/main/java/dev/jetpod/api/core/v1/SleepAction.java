package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SleepAction. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SleepAction(
        Long seconds) {
}
