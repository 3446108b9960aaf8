package dev.jetpod.api.apps.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** apps/v1 ReplicaSet: keeps a number of identical pods running. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReplicaSet(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        ReplicaSetSpec spec,
        ReplicaSetStatus status) implements KubeObject<ReplicaSet>, HasStatus<ReplicaSet, ReplicaSetStatus> {
    public static final String API_VERSION = "apps/v1";
    public static final String KIND = "ReplicaSet";

    /** A new object as a user writes it: no status yet. */
    public static ReplicaSet of(ObjectMeta metadata, ReplicaSetSpec spec) {
        return new ReplicaSet(API_VERSION, KIND, metadata, spec, null);
    }

    public static ReplicaSet of(ObjectMeta metadata, ReplicaSetSpec spec, ReplicaSetStatus status) {
        return new ReplicaSet(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public ReplicaSet withTypeMeta(String apiVersion, String kind) {
        return new ReplicaSet(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public ReplicaSet withMetadata(ObjectMeta v) {
        return new ReplicaSet(apiVersion, kind, v, spec, status);
    }

    public ReplicaSet withSpec(ReplicaSetSpec v) {
        return new ReplicaSet(apiVersion, kind, metadata, v, status);
    }

    @Override
    public ReplicaSet withStatus(ReplicaSetStatus v) {
        return new ReplicaSet(apiVersion, kind, metadata, spec, v);
    }
}
