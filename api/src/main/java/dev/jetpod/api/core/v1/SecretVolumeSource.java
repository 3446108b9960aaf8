package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 SecretVolumeSource. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecretVolumeSource(
        String secretName,
        List<KeyToPath> items,
        Integer defaultMode,
        Boolean optional) {
}
