package dev.jetpod.api.core.v1;

import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;

/** core/v1 Namespace. Deleting one moves it to phase Terminating until everything in it is gone. */
public record Namespace(String apiVersion, String kind, ObjectMeta metadata, NamespaceSpec spec, NamespaceStatus status)
        implements KubeObject<Namespace>, HasStatus<Namespace, NamespaceStatus> {
    public static final String API_VERSION = "v1";
    public static final String KIND = "Namespace";

    public static Namespace of(ObjectMeta metadata) {
        return new Namespace(API_VERSION, KIND, metadata, null, null);
    }

    @Override
    public Namespace withMetadata(ObjectMeta m) {
        return new Namespace(apiVersion, kind, m, spec, status);
    }

    @Override
    public Namespace withTypeMeta(String apiVersion, String kind) {
        return new Namespace(apiVersion, kind, metadata, spec, status);
    }

    @Override
    public Namespace withStatus(NamespaceStatus s) {
        return new Namespace(apiVersion, kind, metadata, spec, s);
    }

    public Namespace withSpec(NamespaceSpec s) {
        return new Namespace(apiVersion, kind, metadata, s, status);
    }
}
