package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 NodeSelector: the terms are ORed. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeSelector(
        List<NodeSelectorTerm> nodeSelectorTerms) {
}
