package dev.jetpod.api.discovery;

import com.fasterxml.jackson.annotation.JsonInclude;

/** metav1.ServerAddressByClientCIDR. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServerAddressByClientCIDR(
        String clientCIDR,
        String serverAddress) {
}
