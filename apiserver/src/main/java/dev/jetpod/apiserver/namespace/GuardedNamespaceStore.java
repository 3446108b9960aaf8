package dev.jetpod.apiserver.namespace;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.storage.EncodedList;
import dev.jetpod.apiserver.storage.EncodedObject;
import dev.jetpod.apiserver.storage.ListOptions;
import dev.jetpod.apiserver.storage.ObjectStore;
import dev.jetpod.apiserver.storage.UpdateFunction;
import dev.jetpod.apiserver.storage.Watch;
import dev.jetpod.apiserver.storage.WatchListener;
import dev.jetpod.apiserver.storage.WatchOptions;
import io.vertx.core.Future;

/**
 * The namespaces store as the rest of the server sees it: every write that succeeds through this apiserver is also
 * handed to the {@link NamespaceGuard} at once, so a namespace this server has just marked Terminating refuses new
 * content immediately instead of after the guard's watch catches up.
 */
public final class GuardedNamespaceStore implements ObjectStore<Namespace> {
    private final ObjectStore<Namespace> store;
    private final NamespaceGuard guard;

    public GuardedNamespaceStore(ObjectStore<Namespace> store, NamespaceGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    @Override
    public ResourceType<Namespace> type() {
        return store.type();
    }

    @Override
    public Future<Namespace> create(Namespace object) {
        return store.create(object).onSuccess(guard::observe);
    }

    @Override
    public Future<EncodedObject<Namespace>> createEncoded(Namespace object) {
        return store.createEncoded(object).onSuccess(e -> guard.observe(e.object()));
    }

    @Override
    public Future<Namespace> get(String namespace, String name) {
        return store.get(namespace, name);
    }

    @Override
    public Future<Namespace> get(String namespace, String name, String resourceVersion) {
        return store.get(namespace, name, resourceVersion);
    }

    @Override
    public Future<KubeList<Namespace>> list(ListOptions<Namespace> options) {
        return store.list(options);
    }

    @Override
    public Future<EncodedList<Namespace>> listEncoded(ListOptions<Namespace> options) {
        return store.listEncoded(options);
    }

    @Override
    public Future<Namespace> guaranteedUpdate(String namespace, String name, UpdateFunction<Namespace> update) {
        return store.guaranteedUpdate(namespace, name, update).onSuccess(guard::observe);
    }

    @Override
    public Future<Namespace> delete(String namespace, String name, String expectedResourceVersion) {
        return store.delete(namespace, name, expectedResourceVersion).onSuccess(guard::forget);
    }

    @Override
    public Watch watch(WatchOptions<Namespace> options, WatchListener<Namespace> listener) {
        return store.watch(options, listener);
    }

    @Override
    public long currentRevision() {
        return store.currentRevision();
    }
}
