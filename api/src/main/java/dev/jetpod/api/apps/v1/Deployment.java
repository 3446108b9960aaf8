package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** apps/v1 Deployment: declarative rollouts of ReplicaSets. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Deployment(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        DeploymentSpec spec,
        DeploymentStatus status) implements KubeObject<Deployment>, HasStatus<Deployment, DeploymentStatus> {
    public static final String API_VERSION = "apps/v1";
    public static final String KIND = "Deployment";

    /** A new object as a user writes it: no status yet. */
    public static Deployment of(ObjectMeta metadata, DeploymentSpec spec) {
        return new Deployment(API_VERSION, KIND, metadata, spec, null);
    }

    public static Deployment of(ObjectMeta metadata, DeploymentSpec spec, DeploymentStatus status) {
        return new Deployment(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public Deployment withTypeMeta(String apiVersion, String kind) {
        return new Deployment(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Deployment withMetadata(ObjectMeta v) {
        return new Deployment(apiVersion, kind, v, spec, status);
    }

    public Deployment withSpec(DeploymentSpec v) {
        return new Deployment(apiVersion, kind, metadata, v, status);
    }

    @Override
    public Deployment withStatus(DeploymentStatus v) {
        return new Deployment(apiVersion, kind, metadata, spec, v);
    }
}
