package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** metav1.LabelSelector: matchLabels and matchExpressions are ANDed; an empty selector matches everything. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LabelSelector(
        Map<String, String> matchLabels,
        List<LabelSelectorRequirement> matchExpressions) {
}
