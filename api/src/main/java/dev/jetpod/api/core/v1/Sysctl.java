package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Sysctl. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Sysctl(
        String name,
        String value) {
}
