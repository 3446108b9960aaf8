package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 ImageVolumeSource: an OCI image mounted read-only as a volume. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImageVolumeSource(
        String reference,
        String pullPolicy) {
}
