package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SeccompProfile: type RuntimeDefault, Unconfined or Localhost. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SeccompProfile(
        String type,
        String localhostProfile) {
}
