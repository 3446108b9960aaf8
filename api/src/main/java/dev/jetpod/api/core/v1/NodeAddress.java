package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 NodeAddress: type Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeAddress(
        String type,
        String address) {
}
