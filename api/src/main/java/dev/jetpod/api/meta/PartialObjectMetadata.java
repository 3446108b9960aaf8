package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;

/** meta.k8s.io/v1 PartialObjectMetadata: an object's metadata alone, as Tables and metadata-only lists carry it. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartialObjectMetadata(String apiVersion, String kind, ObjectMeta metadata) implements KubeObject<PartialObjectMetadata> {
    public static final String API_VERSION = "meta.k8s.io/v1";
    public static final String KIND = "PartialObjectMetadata";

    public static PartialObjectMetadata of(ObjectMeta metadata) {
        return new PartialObjectMetadata(API_VERSION, KIND, metadata);
    }

    @Override
    public PartialObjectMetadata withMetadata(ObjectMeta m) {
        return new PartialObjectMetadata(apiVersion, kind, m);
    }

    @Override
    public PartialObjectMetadata withTypeMeta(String apiVersion, String kind) {
        return new PartialObjectMetadata(apiVersion, kind, metadata);
    }
}
