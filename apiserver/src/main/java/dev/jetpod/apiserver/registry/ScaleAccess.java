package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.LabelSelector;

/** How the scale subresource reads and sets replicas on one type (ReplicaSet, Deployment). */
public interface ScaleAccess<T extends KubeObject<T>> {
    int specReplicas(T object);

    int statusReplicas(T object);

    LabelSelector selector(T object);

    T withSpecReplicas(T object, int replicas);
}
