package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.meta.LabelSelector;

/** apps/v1 DeploymentSpec. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeploymentSpec(
        Integer replicas,
        LabelSelector selector,
        PodTemplateSpec template,
        DeploymentStrategy strategy,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer minReadySeconds,
        Integer revisionHistoryLimit,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean paused,
        Integer progressDeadlineSeconds) {
    public DeploymentSpec withReplicas(Integer v) {
        return new DeploymentSpec(v, selector, template, strategy, minReadySeconds, revisionHistoryLimit, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withSelector(LabelSelector v) {
        return new DeploymentSpec(replicas, v, template, strategy, minReadySeconds, revisionHistoryLimit, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withTemplate(PodTemplateSpec v) {
        return new DeploymentSpec(replicas, selector, v, strategy, minReadySeconds, revisionHistoryLimit, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withStrategy(DeploymentStrategy v) {
        return new DeploymentSpec(replicas, selector, template, v, minReadySeconds, revisionHistoryLimit, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withMinReadySeconds(Integer v) {
        return new DeploymentSpec(replicas, selector, template, strategy, v, revisionHistoryLimit, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withRevisionHistoryLimit(Integer v) {
        return new DeploymentSpec(replicas, selector, template, strategy, minReadySeconds, v, paused, progressDeadlineSeconds);
    }

    public DeploymentSpec withPaused(Boolean v) {
        return new DeploymentSpec(replicas, selector, template, strategy, minReadySeconds, revisionHistoryLimit, v, progressDeadlineSeconds);
    }

    public DeploymentSpec withProgressDeadlineSeconds(Integer v) {
        return new DeploymentSpec(replicas, selector, template, strategy, minReadySeconds, revisionHistoryLimit, paused, v);
    }
}
