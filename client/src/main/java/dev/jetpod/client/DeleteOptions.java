package dev.jetpod.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * metav1.DeleteOptions, sent as the JSON body of a DELETE as client-go and kubectl send it.
 *
 * @param gracePeriodSeconds  0 deletes a pod at once; null keeps the pod's own terminationGracePeriodSeconds
 * @param propagationPolicy   what happens to dependents (the garbage collector acts on it)
 * @param preconditions       delete only if uid / resourceVersion still match (else 409 Conflict)
 * @param dryRun              ["All"] to validate without persisting
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteOptions(String apiVersion, String kind, Long gracePeriodSeconds, PropagationPolicy propagationPolicy,
                            Preconditions preconditions, List<String> dryRun) {
    public static final DeleteOptions DEFAULT = new DeleteOptions("v1", "DeleteOptions", null, null, null, null);

    public enum PropagationPolicy {
        ORPHAN("Orphan"), BACKGROUND("Background"), FOREGROUND("Foreground");

        private final String wire;

        PropagationPolicy(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Preconditions(String uid, String resourceVersion) {
    }

    public static DeleteOptions gracePeriod(long seconds) {
        return DEFAULT.withGracePeriodSeconds(seconds);
    }

    public static DeleteOptions propagation(PropagationPolicy p) {
        return DEFAULT.withPropagationPolicy(p);
    }

    public DeleteOptions withGracePeriodSeconds(Long s) {
        return new DeleteOptions(apiVersion, kind, s, propagationPolicy, preconditions, dryRun);
    }

    public DeleteOptions withPropagationPolicy(PropagationPolicy p) {
        return new DeleteOptions(apiVersion, kind, gracePeriodSeconds, p, preconditions, dryRun);
    }

    public DeleteOptions withPreconditions(String uid, String resourceVersion) {
        return new DeleteOptions(apiVersion, kind, gracePeriodSeconds, propagationPolicy, new Preconditions(uid, resourceVersion), dryRun);
    }

    public DeleteOptions withDryRun() {
        return new DeleteOptions(apiVersion, kind, gracePeriodSeconds, propagationPolicy, preconditions, List.of("All"));
    }
}
