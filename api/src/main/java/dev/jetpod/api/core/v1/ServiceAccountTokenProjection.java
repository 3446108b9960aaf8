package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ServiceAccountTokenProjection. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceAccountTokenProjection(
        String audience,
        Long expirationSeconds,
        String path) {
}
