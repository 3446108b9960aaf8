package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 VolumeDevice (raw block device). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VolumeDevice(
        String name,
        String devicePath) {
}
