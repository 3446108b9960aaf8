package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Lifecycle: hooks run after start and before stop. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Lifecycle(
        LifecycleHandler postStart,
        LifecycleHandler preStop,
        String stopSignal) {
}
