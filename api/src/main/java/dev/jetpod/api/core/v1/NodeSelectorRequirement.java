package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 NodeSelectorRequirement: operator In, NotIn, Exists, DoesNotExist, Gt or Lt. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeSelectorRequirement(
        String key,
        String operator,
        List<String> values) {
}
