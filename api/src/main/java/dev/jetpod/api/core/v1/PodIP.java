package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 PodIP: one of the pod's addresses (IPv4 and/or IPv6). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodIP(
        String ip) {
}
