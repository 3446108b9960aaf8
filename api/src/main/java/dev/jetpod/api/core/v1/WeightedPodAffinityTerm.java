package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 WeightedPodAffinityTerm: weight 1-100. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WeightedPodAffinityTerm(
        int weight,
        PodAffinityTerm podAffinityTerm) {
}
