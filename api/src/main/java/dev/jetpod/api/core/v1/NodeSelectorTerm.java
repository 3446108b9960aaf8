package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 NodeSelectorTerm: the requirements are ANDed. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeSelectorTerm(
        List<NodeSelectorRequirement> matchExpressions,
        List<NodeSelectorRequirement> matchFields) {
}
