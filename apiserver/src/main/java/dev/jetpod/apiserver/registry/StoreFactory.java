package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.storage.ObjectStore;

/** Where the registry gets one {@link ObjectStore} per resource type (the etcd storage in production). */
@FunctionalInterface
public interface StoreFactory {
    <T extends KubeObject<T>> ObjectStore<T> storeFor(ResourceType<T> type);
}
