package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 Pod: the smallest deployable unit, one or more containers sharing a network namespace. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Pod(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        PodSpec spec,
        PodStatus status) implements KubeObject<Pod>, HasStatus<Pod, PodStatus> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Pod";

    /** A new object as a user writes it: no status yet. */
    public static Pod of(ObjectMeta metadata, PodSpec spec) {
        return new Pod(API_VERSION, KIND, metadata, spec, null);
    }

    public static Pod of(ObjectMeta metadata, PodSpec spec, PodStatus status) {
        return new Pod(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public Pod withTypeMeta(String apiVersion, String kind) {
        return new Pod(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Pod withMetadata(ObjectMeta v) {
        return new Pod(apiVersion, kind, v, spec, status);
    }

    public Pod withSpec(PodSpec v) {
        return new Pod(apiVersion, kind, metadata, v, status);
    }

    @Override
    public Pod withStatus(PodStatus v) {
        return new Pod(apiVersion, kind, metadata, spec, v);
    }
}
