package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 ConfigMapProjection. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConfigMapProjection(
        String name,
        List<KeyToPath> items,
        Boolean optional) {
}
