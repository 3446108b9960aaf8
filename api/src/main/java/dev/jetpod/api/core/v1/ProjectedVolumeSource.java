package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 ProjectedVolumeSource: several sources in one directory. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProjectedVolumeSource(
        List<VolumeProjection> sources,
        Integer defaultMode) {
}
