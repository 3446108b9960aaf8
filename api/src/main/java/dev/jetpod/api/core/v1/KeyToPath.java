package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 KeyToPath: project one key to a relative path, with optional file mode. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record KeyToPath(
        String key,
        String path,
        Integer mode) {
}
