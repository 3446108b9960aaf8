package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 VolumeMount: where a pod volume appears inside a container. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VolumeMount(
        String name,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean readOnly,
        String recursiveReadOnly,
        String mountPath,
        String subPath,
        String mountPropagation,
        String subPathExpr) {
}
