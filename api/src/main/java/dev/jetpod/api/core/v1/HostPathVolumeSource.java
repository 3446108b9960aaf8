package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 HostPathVolumeSource: type "", DirectoryOrCreate, Directory, FileOrCreate, File, Socket, CharDevice, BlockDevice. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HostPathVolumeSource(
        String path,
        @JsonInclude(JsonInclude.Include.NON_NULL) String type) {
}
