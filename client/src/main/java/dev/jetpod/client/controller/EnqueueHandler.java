package dev.jetpod.client.controller;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.client.ResourceKey;
import dev.jetpod.client.informer.ResourceEventHandler;
import dev.jetpod.client.queue.WorkQueue;
import java.util.List;
import java.util.function.Function;

/**
 * The usual informer handler: it only puts keys on a queue. By default the object's own key; with a mapping,
 * the keys it names (e.g. a pod's owning ReplicaSet), so that a change to a dependent wakes its owner's controller.
 */
public final class EnqueueHandler<T extends KubeObject<T>> implements ResourceEventHandler<T> {
    private final WorkQueue<ResourceKey> queue;
    private final Function<T, List<ResourceKey>> keys;

    private EnqueueHandler(WorkQueue<ResourceKey> queue, Function<T, List<ResourceKey>> keys) {
        this.queue = queue;
        this.keys = keys;
    }

    public static <T extends KubeObject<T>> EnqueueHandler<T> ownKey(WorkQueue<ResourceKey> queue) {
        return new EnqueueHandler<>(queue, o -> List.of(ResourceKey.of(o)));
    }

    public static <T extends KubeObject<T>> EnqueueHandler<T> mapping(WorkQueue<ResourceKey> queue, Function<T, List<ResourceKey>> keys) {
        return new EnqueueHandler<>(queue, keys);
    }

    @Override
    public void onAdd(T object) {
        keys.apply(object).forEach(queue::add);
    }

    @Override
    public void onUpdate(T old, T now) {
        keys.apply(now).forEach(queue::add);
    }

    @Override
    public void onDelete(T object) {
        keys.apply(object).forEach(queue::add);
    }
}
