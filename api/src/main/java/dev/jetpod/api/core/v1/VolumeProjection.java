package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 VolumeProjection: exactly one of the sources. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VolumeProjection(
        SecretProjection secret,
        DownwardAPIProjection downwardAPI,
        ConfigMapProjection configMap,
        ServiceAccountTokenProjection serviceAccountToken) {
}
