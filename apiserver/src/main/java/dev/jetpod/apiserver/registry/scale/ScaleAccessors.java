package dev.jetpod.apiserver.registry.scale;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.registry.ScaleAccess;
import java.util.Map;
import java.util.Optional;

/** The types with a scale subresource, and how each one is scaled. */
public final class ScaleAccessors {
    private static final Map<ResourceType<?>, ScaleAccess<?>> BY_TYPE = Map.of(
            Resources.REPLICASETS, new ReplicaSetScale(),
            Resources.DEPLOYMENTS, new DeploymentScale());

    private ScaleAccessors() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends KubeObject<T>> Optional<ScaleAccess<T>> forType(ResourceType<T> type) {
        return Optional.ofNullable((ScaleAccess<T>) BY_TYPE.get(type));
    }
}
