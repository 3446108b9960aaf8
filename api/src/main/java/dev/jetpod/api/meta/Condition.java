package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** metav1.Condition: the standard condition shape newer APIs use (Service status among them). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Condition(
        String type,
        String status,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Long observedGeneration,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message) {
    public Condition withType(String v) {
        return new Condition(v, status, observedGeneration, lastTransitionTime, reason, message);
    }

    public Condition withStatus(String v) {
        return new Condition(type, v, observedGeneration, lastTransitionTime, reason, message);
    }

    public Condition withObservedGeneration(Long v) {
        return new Condition(type, status, v, lastTransitionTime, reason, message);
    }

    public Condition withLastTransitionTime(Instant v) {
        return new Condition(type, status, observedGeneration, v, reason, message);
    }

    public Condition withReason(String v) {
        return new Condition(type, status, observedGeneration, lastTransitionTime, v, message);
    }

    public Condition withMessage(String v) {
        return new Condition(type, status, observedGeneration, lastTransitionTime, reason, v);
    }
}
