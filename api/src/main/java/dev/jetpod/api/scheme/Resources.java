package dev.jetpod.api.scheme;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Namespace;
import java.util.List;
import java.util.Set;

/** The built-in resource types, one constant each. */
public final class Resources {
    private Resources() {
    }

    public static final ResourceType<Namespace> NAMESPACES = new ResourceType<>(
            new GroupVersionKind("", "v1", "Namespace"), "namespaces", "namespace", List.of("ns"), false,
            Namespace.class, Set.of("status", "finalize"), List.of());

    public static final ResourceType<ConfigMap> CONFIGMAPS = new ResourceType<>(
            new GroupVersionKind("", "v1", "ConfigMap"), "configmaps", "configmap", List.of("cm"), true,
            ConfigMap.class, Set.of(), List.of());

    public static final List<ResourceType<?>> ALL = List.of(NAMESPACES, CONFIGMAPS);
}
