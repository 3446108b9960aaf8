package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 LoadBalancerIngress. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LoadBalancerIngress(
        String ip,
        String hostname,
        String ipMode,
        List<PortStatus> ports) {
}
