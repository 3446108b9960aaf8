package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 Binding: what the scheduler POSTs to pods/NAME/binding to assign a pod to a node. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Binding(
        String apiVersion,
        String kind,
        ObjectMeta metadata,
        ObjectReference target) implements KubeObject<Binding> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Binding";

    public static Binding of(ObjectMeta metadata, ObjectReference target) {
        return new Binding(API_VERSION, KIND, metadata, target);
    }

    @Override
    public Binding withTypeMeta(String apiVersion, String kind) {
        return new Binding(apiVersion, kind, metadata, target);
    }

    @Override
    public Binding withMetadata(ObjectMeta v) {
        return new Binding(apiVersion, kind, v, target);
    }

    public Binding withTarget(ObjectReference v) {
        return new Binding(apiVersion, kind, metadata, v);
    }
}
