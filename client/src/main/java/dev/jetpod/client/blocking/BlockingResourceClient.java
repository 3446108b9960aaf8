package dev.jetpod.client.blocking;

import dev.jetpod.api.meta.DeleteOptions;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.PatchType;
import dev.jetpod.client.ResourceClient;
import dev.jetpod.client.WriteOptions;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link ResourceClient}'s calls, waiting for each answer. See there for the semantics of each. */
public final class BlockingResourceClient<T extends KubeObject<T>> {
    private final ResourceClient<T> async;

    BlockingResourceClient(ResourceClient<T> async) {
        this.async = async;
    }

    public ResourceClient<T> async() {
        return async;
    }

    public T get(String namespace, String name) {
        return Await.result(async.get(namespace, name));
    }

    /** The object, or empty on 404; other errors are thrown. */
    public Optional<T> find(String namespace, String name) {
        try {
            return Optional.of(get(namespace, name));
        } catch (dev.jetpod.api.errors.ApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public KubeList<T> list(String namespace, ListOptions options) {
        return Await.result(async.list(namespace, options));
    }

    public KubeList<T> listAll(String namespace, ListOptions options) {
        return Await.result(async.listAll(namespace, options));
    }

    /** Pages are handed to {@code onPage} on an event loop: keep it quick (collect, don't print). */
    public ListMeta forEachPage(String namespace, ListOptions options, Consumer<KubeList<T>> onPage) {
        return Await.result(async.forEachPage(namespace, options, onPage));
    }

    public T create(T object) {
        return Await.result(async.create(object));
    }

    public T create(T object, WriteOptions options) {
        return Await.result(async.create(object, options));
    }

    public T update(T object) {
        return Await.result(async.update(object));
    }

    public T update(T object, WriteOptions options) {
        return Await.result(async.update(object, options));
    }

    public T updateStatus(T object) {
        return Await.result(async.updateStatus(object));
    }

    public T patch(String namespace, String name, PatchType type, String patch) {
        return Await.result(async.patch(namespace, name, type, patch));
    }

    public T patch(String namespace, String name, PatchType type, String patch, WriteOptions options) {
        return Await.result(async.patch(namespace, name, type, patch, options));
    }

    public T patchStatus(String namespace, String name, PatchType type, String patch) {
        return Await.result(async.patchStatus(namespace, name, type, patch));
    }

    public Optional<T> delete(String namespace, String name) {
        return Await.result(async.delete(namespace, name));
    }

    public Optional<T> delete(String namespace, String name, DeleteOptions options) {
        return Await.result(async.delete(namespace, name, options));
    }

    public void deleteCollection(String namespace, ListOptions selection, DeleteOptions options) {
        Await.result(async.deleteCollection(namespace, selection, options));
    }

    /** Opens a watch whose events are read with {@link BlockingWatch#next()}; close it when done. */
    public BlockingWatch<T> watch(String namespace, ListOptions options) {
        return BlockingWatch.open(async, namespace, options);
    }

    public <R> R getSubresource(String namespace, String name, String subresource, Class<R> type) {
        return Await.result(async.getSubresource(namespace, name, subresource, type));
    }

    public <R> R replaceSubresource(String namespace, String name, String subresource, Object body, Class<R> type) {
        return Await.result(async.replaceSubresource(namespace, name, subresource, body, type));
    }

    public <R> R createSubresource(String namespace, String name, String subresource, Object body, Class<R> type) {
        return Await.result(async.createSubresource(namespace, name, subresource, body, type));
    }

    public <R> R patchSubresource(String namespace, String name, String subresource, PatchType type, String patch, Class<R> result) {
        return Await.result(async.patchSubresource(namespace, name, subresource, type, patch, WriteOptions.NONE, result));
    }
}
