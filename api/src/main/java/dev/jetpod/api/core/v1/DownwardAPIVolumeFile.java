package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 DownwardAPIVolumeFile. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DownwardAPIVolumeFile(
        String path,
        ObjectFieldSelector fieldRef,
        ResourceFieldSelector resourceFieldRef,
        Integer mode) {
}
