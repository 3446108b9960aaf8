package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 HostAlias: an /etc/hosts entry. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HostAlias(
        String ip,
        List<String> hostnames) {
}
