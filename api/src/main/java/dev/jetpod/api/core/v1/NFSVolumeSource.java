package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 NFSVolumeSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NFSVolumeSource(
        String server,
        String path,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean readOnly) {
}
