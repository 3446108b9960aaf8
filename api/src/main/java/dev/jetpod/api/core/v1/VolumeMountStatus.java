package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 VolumeMountStatus: a mount as the runtime made it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VolumeMountStatus(
        String name,
        String mountPath,
        Boolean readOnly,
        String recursiveReadOnly) {
}
