package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** autoscaling/v1 Scale: the scale subresource of ReplicaSets and Deployments (not a resource of its own). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scale(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        ScaleSpec spec,
        ScaleStatus status) implements KubeObject<Scale> {
    public static final String API_VERSION = "autoscaling/v1";
    public static final String KIND = "Scale";

    public static Scale of(ObjectMeta metadata, ScaleSpec spec, ScaleStatus status) {
        return new Scale(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public Scale withTypeMeta(String apiVersion, String kind) {
        return new Scale(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Scale withMetadata(ObjectMeta v) {
        return new Scale(apiVersion, kind, v, spec, status);
    }

    public Scale withSpec(ScaleSpec v) {
        return new Scale(apiVersion, kind, metadata, v, status);
    }

    public Scale withStatus(ScaleStatus v) {
        return new Scale(apiVersion, kind, metadata, spec, v);
    }
}
