package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 PodDNSConfig. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodDNSConfig(
        List<String> nameservers,
        List<String> searches,
        List<PodDNSConfigOption> options) {
}
