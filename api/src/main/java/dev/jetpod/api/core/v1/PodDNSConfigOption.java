package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 PodDNSConfigOption. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodDNSConfigOption(
        String name,
        String value) {
}
