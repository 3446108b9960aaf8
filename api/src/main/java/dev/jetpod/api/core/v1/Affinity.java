package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 Affinity: node affinity, pod affinity and pod anti-affinity scheduling rules. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Affinity(
        NodeAffinity nodeAffinity,
        PodAffinity podAffinity,
        PodAntiAffinity podAntiAffinity) {
}
