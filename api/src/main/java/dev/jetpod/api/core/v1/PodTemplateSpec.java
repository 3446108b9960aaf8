package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 PodTemplateSpec: the pod a ReplicaSet or Deployment stamps out. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodTemplateSpec(
        ObjectMeta metadata,
        PodSpec spec) {
    public PodTemplateSpec withMetadata(ObjectMeta v) {
        return new PodTemplateSpec(v, spec);
    }

    public PodTemplateSpec withSpec(PodSpec v) {
        return new PodTemplateSpec(metadata, v);
    }
}
