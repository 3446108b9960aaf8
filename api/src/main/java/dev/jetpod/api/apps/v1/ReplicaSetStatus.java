package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** apps/v1 ReplicaSetStatus. replicas is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplicaSetStatus(
        int replicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer fullyLabeledReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer readyReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer availableReplicas,
        Integer terminatingReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Long observedGeneration,
        List<ReplicaSetCondition> conditions) {
    public ReplicaSetStatus withReplicas(int v) {
        return new ReplicaSetStatus(v, fullyLabeledReplicas, readyReplicas, availableReplicas, terminatingReplicas, observedGeneration, conditions);
    }

    public ReplicaSetStatus withFullyLabeledReplicas(Integer v) {
        return new ReplicaSetStatus(replicas, v, readyReplicas, availableReplicas, terminatingReplicas, observedGeneration, conditions);
    }

    public ReplicaSetStatus withReadyReplicas(Integer v) {
        return new ReplicaSetStatus(replicas, fullyLabeledReplicas, v, availableReplicas, terminatingReplicas, observedGeneration, conditions);
    }

    public ReplicaSetStatus withAvailableReplicas(Integer v) {
        return new ReplicaSetStatus(replicas, fullyLabeledReplicas, readyReplicas, v, terminatingReplicas, observedGeneration, conditions);
    }

    public ReplicaSetStatus withTerminatingReplicas(Integer v) {
        return new ReplicaSetStatus(replicas, fullyLabeledReplicas, readyReplicas, availableReplicas, v, observedGeneration, conditions);
    }

    public ReplicaSetStatus withObservedGeneration(Long v) {
        return new ReplicaSetStatus(replicas, fullyLabeledReplicas, readyReplicas, availableReplicas, terminatingReplicas, v, conditions);
    }

    public ReplicaSetStatus withConditions(List<ReplicaSetCondition> v) {
        return new ReplicaSetStatus(replicas, fullyLabeledReplicas, readyReplicas, availableReplicas, terminatingReplicas, observedGeneration, v);
    }

    public List<ReplicaSetCondition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }
}
