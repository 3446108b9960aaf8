package dev.jetpod.jctl.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.jctl.CliException;

/**
 * Where a Deployment's rollout stands, judged on the client exactly as kubectl's status viewer judges it: the spec
 * must have been observed (observedGeneration ≥ generation); then all replicas updated, old ones gone, updated ones
 * available; a Progressing condition with reason ProgressDeadlineExceeded is a failure.
 */
public record RolloutState(String message, boolean done) {
    static final String TIMED_OUT = "ProgressDeadlineExceeded";

    public static RolloutState of(JsonNode deployment) {
        String name = deployment.path("metadata").path("name").asText();
        JsonNode spec = deployment.path("spec");
        JsonNode status = deployment.path("status");
        if (spec.path("paused").asBoolean(false)) {
            throw new CliException("deployment \"" + name + "\" is paused; resume it to continue the rollout");
        }
        long generation = deployment.path("metadata").path("generation").asLong(0);
        long observed = status.path("observedGeneration").asLong(0);
        if (generation > observed) {
            return new RolloutState("Waiting for deployment spec update to be observed...", false);
        }
        for (JsonNode c : status.path("conditions")) {
            if ("Progressing".equals(c.path("type").asText()) && TIMED_OUT.equals(c.path("reason").asText())) {
                throw new CliException("deployment \"" + name + "\" exceeded its progress deadline");
            }
        }
        int updated = status.path("updatedReplicas").asInt(0);
        int replicas = status.path("replicas").asInt(0);
        int available = status.path("availableReplicas").asInt(0);
        if (spec.has("replicas") && updated < spec.path("replicas").asInt()) {
            return new RolloutState("Waiting for deployment \"" + name + "\" rollout to finish: " + updated + " out of "
                    + spec.path("replicas").asInt() + " new replicas have been updated...", false);
        }
        if (replicas > updated) {
            return new RolloutState("Waiting for deployment \"" + name + "\" rollout to finish: " + (replicas - updated)
                    + " old replicas are pending termination...", false);
        }
        if (available < updated) {
            return new RolloutState("Waiting for deployment \"" + name + "\" rollout to finish: " + available + " of " + updated
                    + " updated replicas are available...", false);
        }
        return new RolloutState("deployment \"" + name + "\" successfully rolled out", true);
    }
}
