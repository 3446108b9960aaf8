package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 SecretProjection. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SecretProjection(
        String name,
        List<KeyToPath> items,
        Boolean optional) {
}
