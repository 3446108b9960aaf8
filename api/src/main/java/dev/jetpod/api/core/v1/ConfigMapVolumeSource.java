package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 ConfigMapVolumeSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConfigMapVolumeSource(
        String name,
        List<KeyToPath> items,
        Integer defaultMode,
        Boolean optional) {
}
