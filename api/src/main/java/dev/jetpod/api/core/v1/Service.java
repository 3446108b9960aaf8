package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 Service: a stable virtual address and name for a set of pods. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Service(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        ServiceSpec spec,
        ServiceStatus status) implements KubeObject<Service>, HasStatus<Service, ServiceStatus> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Service";

    /** A new object as a user writes it: no status yet. */
    public static Service of(ObjectMeta metadata, ServiceSpec spec) {
        return new Service(API_VERSION, KIND, metadata, spec, null);
    }

    public static Service of(ObjectMeta metadata, ServiceSpec spec, ServiceStatus status) {
        return new Service(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public Service withTypeMeta(String apiVersion, String kind) {
        return new Service(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Service withMetadata(ObjectMeta v) {
        return new Service(apiVersion, kind, v, spec, status);
    }

    public Service withSpec(ServiceSpec v) {
        return new Service(apiVersion, kind, metadata, v, status);
    }

    @Override
    public Service withStatus(ServiceStatus v) {
        return new Service(apiVersion, kind, metadata, spec, v);
    }
}
