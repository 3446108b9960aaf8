package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 ContainerImage: an image present on a node. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerImage(
        List<String> names,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Long sizeBytes) {
}
