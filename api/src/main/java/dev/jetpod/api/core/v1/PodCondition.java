package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** core/v1 PodCondition. Kubernetes writes both times even when unset (as null). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodCondition(
        String type,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Long observedGeneration,
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastProbeTime,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        String reason,
        String message) {
    public PodCondition withType(String v) {
        return new PodCondition(v, observedGeneration, status, lastProbeTime, lastTransitionTime, reason, message);
    }

    public PodCondition withObservedGeneration(Long v) {
        return new PodCondition(type, v, status, lastProbeTime, lastTransitionTime, reason, message);
    }

    public PodCondition withStatus(String v) {
        return new PodCondition(type, observedGeneration, v, lastProbeTime, lastTransitionTime, reason, message);
    }

    public PodCondition withLastProbeTime(Instant v) {
        return new PodCondition(type, observedGeneration, status, v, lastTransitionTime, reason, message);
    }

    public PodCondition withLastTransitionTime(Instant v) {
        return new PodCondition(type, observedGeneration, status, lastProbeTime, v, reason, message);
    }

    public PodCondition withReason(String v) {
        return new PodCondition(type, observedGeneration, status, lastProbeTime, lastTransitionTime, v, message);
    }

    public PodCondition withMessage(String v) {
        return new PodCondition(type, observedGeneration, status, lastProbeTime, lastTransitionTime, reason, v);
    }
}
