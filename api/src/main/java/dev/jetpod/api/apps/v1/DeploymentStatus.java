package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** apps/v1 DeploymentStatus. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeploymentStatus(
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Long observedGeneration,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer replicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer updatedReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer readyReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer availableReplicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer unavailableReplicas,
        Integer terminatingReplicas,
        List<DeploymentCondition> conditions,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer collisionCount) {
    public DeploymentStatus withObservedGeneration(Long v) {
        return new DeploymentStatus(v, replicas, updatedReplicas, readyReplicas, availableReplicas, unavailableReplicas, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, v, updatedReplicas, readyReplicas, availableReplicas, unavailableReplicas, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withUpdatedReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, v, readyReplicas, availableReplicas, unavailableReplicas, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withReadyReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, v, availableReplicas, unavailableReplicas, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withAvailableReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, readyReplicas, v, unavailableReplicas, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withUnavailableReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, readyReplicas, availableReplicas, v, terminatingReplicas, conditions, collisionCount);
    }

    public DeploymentStatus withTerminatingReplicas(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, readyReplicas, availableReplicas, unavailableReplicas, v, conditions, collisionCount);
    }

    public DeploymentStatus withConditions(List<DeploymentCondition> v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, readyReplicas, availableReplicas, unavailableReplicas, terminatingReplicas, v, collisionCount);
    }

    public DeploymentStatus withCollisionCount(Integer v) {
        return new DeploymentStatus(observedGeneration, replicas, updatedReplicas, readyReplicas, availableReplicas, unavailableReplicas, terminatingReplicas, conditions, v);
    }

    public List<DeploymentCondition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }
}
