package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** apps/v1 ReplicaSetCondition (ReplicaFailure). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplicaSetCondition(
        String type,
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        String reason,
        String message) {
}
