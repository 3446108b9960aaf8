package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import java.util.List;

/** core/v1 PodAffinityTerm: pods matching labelSelector in namespaces, co-located by topologyKey. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodAffinityTerm(
        LabelSelector labelSelector,
        List<String> namespaces,
        String topologyKey,
        LabelSelector namespaceSelector,
        List<String> matchLabelKeys,
        List<String> mismatchLabelKeys) {
}
