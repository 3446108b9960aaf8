package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 PersistentVolumeClaimVolumeSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PersistentVolumeClaimVolumeSource(
        String claimName,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean readOnly) {
}
