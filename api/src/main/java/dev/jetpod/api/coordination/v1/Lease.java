package dev.jetpod.api.coordination.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** coordination.k8s.io/v1 Lease: leader election and node heartbeats. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Lease(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        LeaseSpec spec) implements KubeObject<Lease> {
    public static final String API_VERSION = "coordination.k8s.io/v1";
    public static final String KIND = "Lease";

    public static Lease of(ObjectMeta metadata, LeaseSpec spec) {
        return new Lease(API_VERSION, KIND, metadata, spec);
    }

    @Override
    public Lease withTypeMeta(String apiVersion, String kind) {
        return new Lease(apiVersion, kind, metadata, spec);
    }

    @Override
    public Lease withMetadata(ObjectMeta v) {
        return new Lease(apiVersion, kind, v, spec);
    }

    public Lease withSpec(LeaseSpec v) {
        return new Lease(apiVersion, kind, metadata, v);
    }
}
