package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;

/** core/v1 ResourceFieldSelector (downward API), e.g. resource limits.memory with a divisor. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ResourceFieldSelector(
        String containerName,
        String resource,
        Quantity divisor) {
}
