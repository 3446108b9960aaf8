package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** metav1.LabelSelectorRequirement: operator In, NotIn, Exists or DoesNotExist. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LabelSelectorRequirement(
        String key,
        String operator,
        List<String> values) {
}
