package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** core/v1 PodAntiAffinity. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodAntiAffinity(
        List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution,
        List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {
}
