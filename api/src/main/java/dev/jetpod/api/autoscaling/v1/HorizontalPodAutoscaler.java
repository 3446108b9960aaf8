package dev.jetpod.api.autoscaling.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/**
 * autoscaling/v1 HorizontalPodAutoscaler: the older form kubectl up to 1.32 writes (one CPU target). Served beside
 * autoscaling/v2 and stored as v2; {@code dev.jetpod.api.conversion.HorizontalPodAutoscalerV1Conversion} converts.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HorizontalPodAutoscaler(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        HorizontalPodAutoscalerSpec spec,
        HorizontalPodAutoscalerStatus status) implements KubeObject<HorizontalPodAutoscaler>, HasStatus<HorizontalPodAutoscaler, HorizontalPodAutoscalerStatus> {
    public static final String API_VERSION = "autoscaling/v1";
    public static final String KIND = "HorizontalPodAutoscaler";

    /** A new object as a user writes it: no status yet. */
    public static HorizontalPodAutoscaler of(ObjectMeta metadata, HorizontalPodAutoscalerSpec spec) {
        return new HorizontalPodAutoscaler(API_VERSION, KIND, metadata, spec, null);
    }

    public static HorizontalPodAutoscaler of(ObjectMeta metadata, HorizontalPodAutoscalerSpec spec, HorizontalPodAutoscalerStatus status) {
        return new HorizontalPodAutoscaler(API_VERSION, KIND, metadata, spec, status);
    }

    @Override
    public HorizontalPodAutoscaler withTypeMeta(String apiVersion, String kind) {
        return new HorizontalPodAutoscaler(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public HorizontalPodAutoscaler withMetadata(ObjectMeta v) {
        return new HorizontalPodAutoscaler(apiVersion, kind, v, spec, status);
    }

    public HorizontalPodAutoscaler withSpec(HorizontalPodAutoscalerSpec v) {
        return new HorizontalPodAutoscaler(apiVersion, kind, metadata, v, status);
    }

    @Override
    public HorizontalPodAutoscaler withStatus(HorizontalPodAutoscalerStatus v) {
        return new HorizontalPodAutoscaler(apiVersion, kind, metadata, spec, v);
    }
}
