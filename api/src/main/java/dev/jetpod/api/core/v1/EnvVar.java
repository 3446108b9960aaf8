package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 EnvVar: a literal value or a reference (valueFrom). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnvVar(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        String value,
        EnvVarSource valueFrom) {
}
