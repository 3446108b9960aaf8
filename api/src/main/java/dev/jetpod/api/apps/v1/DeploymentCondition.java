package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** apps/v1 DeploymentCondition (Available, Progressing, ReplicaFailure). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeploymentCondition(
        String type,
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastUpdateTime,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        String reason,
        String message) {
    public DeploymentCondition withType(String v) {
        return new DeploymentCondition(v, status, lastUpdateTime, lastTransitionTime, reason, message);
    }

    public DeploymentCondition withStatus(String v) {
        return new DeploymentCondition(type, v, lastUpdateTime, lastTransitionTime, reason, message);
    }

    public DeploymentCondition withLastUpdateTime(Instant v) {
        return new DeploymentCondition(type, status, v, lastTransitionTime, reason, message);
    }

    public DeploymentCondition withLastTransitionTime(Instant v) {
        return new DeploymentCondition(type, status, lastUpdateTime, v, reason, message);
    }

    public DeploymentCondition withReason(String v) {
        return new DeploymentCondition(type, status, lastUpdateTime, lastTransitionTime, v, message);
    }

    public DeploymentCondition withMessage(String v) {
        return new DeploymentCondition(type, status, lastUpdateTime, lastTransitionTime, reason, v);
    }
}
