package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 SELinuxOptions. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SELinuxOptions(
        String user,
        String role,
        String type,
        String level) {
}
