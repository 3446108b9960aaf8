package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Toleration: operator Exists or Equal; effect NoSchedule, PreferNoSchedule or NoExecute. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Toleration(
        String key,
        String operator,
        String value,
        String effect,
        Long tolerationSeconds) {
}
