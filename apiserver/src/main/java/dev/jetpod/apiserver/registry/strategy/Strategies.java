package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.registry.ResourceStrategy;
import java.util.Map;

/** The per-type strategies; every type not named here gets {@link DefaultStrategy}. */
public final class Strategies {
    private static final Map<ResourceType<?>, ResourceStrategy<?>> SPECIAL = Map.of(
            Resources.NAMESPACES, new NamespaceStrategy(),
            Resources.PODS, new PodStrategy(),
            Resources.NODES, new NodeStrategy());

    private Strategies() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends KubeObject<T>> ResourceStrategy<T> forType(ResourceType<T> type) {
        ResourceStrategy<?> s = SPECIAL.get(type);
        return s == null ? new DefaultStrategy<>() : (ResourceStrategy<T>) s;
    }
}
