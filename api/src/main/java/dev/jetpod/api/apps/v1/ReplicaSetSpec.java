package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.core.v1.PodTemplateSpec;
import dev.jetpod.api.meta.LabelSelector;

/** apps/v1 ReplicaSetSpec. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplicaSetSpec(
        Integer replicas,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer minReadySeconds,
        LabelSelector selector,
        PodTemplateSpec template) {
    public ReplicaSetSpec withReplicas(Integer v) {
        return new ReplicaSetSpec(v, minReadySeconds, selector, template);
    }

    public ReplicaSetSpec withMinReadySeconds(Integer v) {
        return new ReplicaSetSpec(replicas, v, selector, template);
    }

    public ReplicaSetSpec withSelector(LabelSelector v) {
        return new ReplicaSetSpec(replicas, minReadySeconds, v, template);
    }

    public ReplicaSetSpec withTemplate(PodTemplateSpec v) {
        return new ReplicaSetSpec(replicas, minReadySeconds, selector, v);
    }
}
