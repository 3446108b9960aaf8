package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ResourceClaim (dynamic resource allocation reference). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceClaim(
        String name,
        String request) {
}
