package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.LabelSelector;
import java.util.List;

/** core/v1 TopologySpreadConstraint. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TopologySpreadConstraint(
        int maxSkew,
        String topologyKey,
        String whenUnsatisfiable,
        LabelSelector labelSelector,
        Integer minDomains,
        String nodeAffinityPolicy,
        String nodeTaintsPolicy,
        List<String> matchLabelKeys) {
}
