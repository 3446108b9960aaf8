package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** core/v1 NodeCondition (Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeCondition(
        String type,
        String status,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastHeartbeatTime,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant lastTransitionTime,
        String reason,
        String message) {
    public NodeCondition withType(String v) {
        return new NodeCondition(v, status, lastHeartbeatTime, lastTransitionTime, reason, message);
    }

    public NodeCondition withStatus(String v) {
        return new NodeCondition(type, v, lastHeartbeatTime, lastTransitionTime, reason, message);
    }

    public NodeCondition withLastHeartbeatTime(Instant v) {
        return new NodeCondition(type, status, v, lastTransitionTime, reason, message);
    }

    public NodeCondition withLastTransitionTime(Instant v) {
        return new NodeCondition(type, status, lastHeartbeatTime, v, reason, message);
    }

    public NodeCondition withReason(String v) {
        return new NodeCondition(type, status, lastHeartbeatTime, lastTransitionTime, v, message);
    }

    public NodeCondition withMessage(String v) {
        return new NodeCondition(type, status, lastHeartbeatTime, lastTransitionTime, reason, v);
    }
}
