package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.Condition;
import java.util.List;

/** core/v1 ServiceStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceStatus(
        LoadBalancerStatus loadBalancer,
        List<Condition> conditions) {
}
