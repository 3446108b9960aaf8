package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.ResourceType;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.kv.TxnResponse;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.PutOption;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ObjectStore} on etcd. Writes are single transactions guarded by revision; reads of the current state go to
 * etcd (a linearizable read), reads at resourceVersion "0" and all watches go to the type's {@link WatchCache}.
 */
final class EtcdObjectStore<T extends KubeObject<T>> implements ObjectStore<T> {
    private static final GetOption GET_ONE = GetOption.DEFAULT;

    private final ResourceType<T> type;
    private final Vertx vertx;
    private final EtcdConnection etcd;
    private final KeyLayout layout;
    private final ObjectCodec<T> codec;
    private final EtcdLister<T> lister;
    private final WatchCache<T> cache;
    private final StorageConfig config;
    private final StorageMetrics metrics;
    private final ObjectMapper json;
    private final String resource;

    EtcdObjectStore(ResourceType<T> type, Vertx vertx, EtcdConnection etcd, KeyLayout layout, ObjectCodec<T> codec,
                    EtcdLister<T> lister, WatchCache<T> cache, StorageMetrics metrics, ObjectMapper json) {
        this.type = type;
        this.vertx = vertx;
        this.etcd = etcd;
        this.layout = layout;
        this.codec = codec;
        this.lister = lister;
        this.cache = cache;
        this.config = etcd.config();
        this.metrics = metrics;
        this.json = json;
        this.resource = type.qualifiedName();
    }

    @Override
    public ResourceType<T> type() {
        return type;
    }

    // ---- create ----

    @Override
    public Future<T> create(T object) {
        return createEncoded(object).map(EncodedObject::object);
    }

    @Override
    public Future<EncodedObject<T>> createEncoded(T toCreate) {
        return createEncoded(toCreate, null);
    }

    @Override
    public Future<EncodedObject<T>> createEncoded(T toCreate, ObjectNode tree) {
        String key;
        byte[] value;
        T object = codec.shareCommonParts(toCreate);
        try {
            ObjectMeta m = requireMetadata(object);
            key = layout.key(m.namespace(), m.name());
            value = codec.encodeForStorage(object, tree);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        ByteSequence k = KeyLayout.bytes(key);
        ByteSequence v = KeyLayout.value(value);
        OwnWrites.Expected<T> expected = cache.expectOwnWrite(key, v, value, object);
        return etcd.execute("create", resource, () -> etcd.kv().txn()
                        .If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.createRevision(0)))
                        .Then(Op.put(k, v, PutOption.DEFAULT))
                        .commit())
                .onFailure(e -> cache.withdrawOwnWrite(key, expected))
                .compose(resp -> {
                    if (!resp.isSucceeded()) {
                        cache.withdrawOwnWrite(key, expected);
                        return Future.failedFuture(ApiException.alreadyExists(type.group(), type.plural(), object.metadata().name()));
                    }
                    return Future.succeededFuture(codec.stored(object, value, resp.getHeader().getRevision()));
                });
    }

    // ---- get ----

    @Override
    public Future<T> get(String namespace, String name) {
        String key;
        try {
            key = layout.key(namespace, name);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        return readCurrent(key, name).map(EncodedObject::object);
    }

    @Override
    public Future<T> get(String namespace, String name, String resourceVersion) {
        if (!"0".equals(resourceVersion) || !cache.isReady()) {
            return get(namespace, name);
        }
        try {
            EncodedObject<T> cached = cache.get(layout.key(namespace, name));
            return cached != null ? Future.succeededFuture(cached.object()) : Future.failedFuture(notFound(name));
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
    }

    private Future<EncodedObject<T>> readCurrent(String key, String name) {
        return etcd.execute("get", resource, () -> etcd.kv().get(KeyLayout.bytes(key), GET_ONE))
                .compose(resp -> resp.getKvs().isEmpty() ? Future.failedFuture(notFound(name)) : Future.succeededFuture(decodeOne(key, resp.getKvs().get(0))));
    }

    // ---- list ----

    @Override
    public Future<KubeList<T>> list(ListOptions<T> options) {
        return listEncoded(options).map(l -> l.toKubeList(type));
    }

    @Override
    public Future<EncodedList<T>> listEncoded(ListOptions<T> options) {
        String rv = options.resourceVersion();
        boolean hasContinue = options.continueToken() != null && !options.continueToken().isEmpty();
        if (hasContinue) {
            if (rv != null && !rv.isEmpty()) {
                return Future.failedFuture(ApiException.badRequest("specifying resource version is not allowed when using continue"));
            }
            return lister.list(options.namespace(), options.filter(), options.limit(), options.continueToken());
        }
        if (rv != null && !rv.isEmpty()) {
            long atLeast;
            try {
                atLeast = parseRevision(rv);
            } catch (ApiException e) {
                return Future.failedFuture(e);
            }
            // "0": any state will do; N: not older than N. Both are served by the cache once it has caught up.
            if (cache.isReady() && cache.revision() >= atLeast) {
                return listFromCache(options);
            }
        }
        return lister.list(options.namespace(), options.filter(), options.limit(), null);
    }

    private Future<EncodedList<T>> listFromCache(ListOptions<T> options) {
        String prefix;
        try {
            prefix = layout.listPrefix(options.namespace());
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        WatchCache.Snapshot<T> snap = cache.snapshot(prefix);
        ObjectFilter<T> filter = options.filter() == null ? ObjectFilter.everything() : options.filter();
        long limit = Math.max(0, options.limit());
        List<EncodedObject<T>> items = new ArrayList<>();
        List<EncodedObject<T>> all = snap.items();
        for (int i = 0; i < all.size(); i++) {
            EncodedObject<T> o = all.get(i);
            if (!filter.matches(o.object())) {
                continue;
            }
            items.add(o);
            if (limit > 0 && items.size() == limit && i < all.size() - 1) {
                // later pages are read from etcd at this same revision, so the whole list stays consistent
                String last = layout.key(o.object().metadata().namespace(), o.object().metadata().name());
                String token = ContinueToken.after(snap.revision(), prefix, last).encode(json);
                Long remaining = ObjectFilter.isEverything(filter) ? (long) (all.size() - i - 1) : null;
                return Future.succeededFuture(new EncodedList<>(new ListMeta(Long.toString(snap.revision()), token, remaining), items));
            }
        }
        return Future.succeededFuture(new EncodedList<>(ListMeta.at(Long.toString(snap.revision())), items));
    }

    // ---- update ----

    @Override
    public Future<T> guaranteedUpdate(String namespace, String name, UpdateFunction<T> update) {
        String key;
        try {
            key = layout.key(namespace, name);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        EncodedObject<T> cached = cache.isReady() ? cache.get(key) : null;
        // Start from the cached object when there is one (saves a read); a stale guess costs one failed compare, whose
        // Else branch returns the current value.
        Future<Current<T>> start = cached != null ? Future.succeededFuture(new Current<>(cached.object(), revisionOf(cached.object()), false))
                : readCurrent(key, name).map(o -> new Current<>(o.object(), revisionOf(o.object()), true));
        return start.compose(current -> attempt(key, name, current, update, config.updateRetries()));
    }

    private Future<T> attempt(String key, String name, Current<T> current, UpdateFunction<T> update, int attemptsLeft) {
        T updated;
        try {
            T result = update.apply(current.object());
            updated = result == current.object() ? result : codec.shareCommonParts(result);
        } catch (RuntimeException e) {
            if (!current.fresh()) {
                // the function may have rejected a stale cached object (e.g. a resourceVersion precondition): ask etcd
                return refresh(key, name).compose(c -> attempt(key, name, c, update, attemptsLeft));
            }
            return Future.failedFuture(e instanceof ApiException ? e : ApiException.internal("update of " + resource + " \"" + name + "\" failed: " + e));
        }
        if (updated == current.object()) {
            // no change: only trust that if the object is known to be current
            return current.fresh() ? Future.succeededFuture(current.object())
                    : refresh(key, name).compose(c -> attempt(key, name, c, update, attemptsLeft));
        }
        byte[] value;
        try {
            checkSameObject(updated, current.object());
            value = codec.encodeForStorage(updated);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        ByteSequence k = KeyLayout.bytes(key);
        ByteSequence v = KeyLayout.value(value);
        OwnWrites.Expected<T> expected = cache.expectOwnWrite(key, v, value, updated);
        return etcd.execute("update", resource, () -> etcd.kv().txn()
                        .If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.modRevision(current.revision())))
                        .Then(Op.put(k, v, PutOption.DEFAULT))
                        .Else(Op.get(k, GET_ONE))
                        .commit())
                .onFailure(e -> cache.withdrawOwnWrite(key, expected))
                .compose(resp -> {
                    if (resp.isSucceeded()) {
                        return Future.succeededFuture(stored(updated, resp.getHeader().getRevision()));
                    }
                    cache.withdrawOwnWrite(key, expected);
                    Current<T> latest = fromElse(resp, key, name);
                    if (latest == null) {
                        return Future.failedFuture(notFound(name));
                    }
                    if (attemptsLeft <= 1) {
                        return Future.failedFuture(ApiException.conflict(type.group(), type.plural(), name,
                                "too many concurrent updates; please try again"));
                    }
                    return attempt(key, name, latest, update, attemptsLeft - 1);
                });
    }

    private Future<Current<T>> refresh(String key, String name) {
        return readCurrent(key, name).map(o -> new Current<>(o.object(), revisionOf(o.object()), true));
    }

    private Current<T> fromElse(TxnResponse resp, String key, String name) {
        List<GetResponse> gets = resp.getGetResponses();
        if (gets.isEmpty() || gets.get(0).getKvs().isEmpty()) {
            return null;
        }
        KeyValue kv = gets.get(0).getKvs().get(0);
        return new Current<>(decodeOne(key, kv).object(), kv.getModRevision(), true);
    }

    private void checkSameObject(T updated, T current) {
        ObjectMeta m = requireMetadata(updated);
        ObjectMeta c = current.metadata();
        if (!Objects.equals(m.name(), c.name()) || (type.namespaced() && !Objects.equals(m.namespace(), c.namespace()))) {
            throw ApiException.badRequest("an update may not change the name or namespace of " + resource + " \"" + c.name() + "\"");
        }
    }

    // ---- delete ----

    @Override
    public Future<T> delete(String namespace, String name, String expectedResourceVersion) {
        String key;
        long expected;
        try {
            key = layout.key(namespace, name);
            expected = expectedResourceVersion == null || expectedResourceVersion.isEmpty() ? 0 : parseRevision(expectedResourceVersion);
        } catch (ApiException e) {
            return Future.failedFuture(e);
        }
        ByteSequence k = KeyLayout.bytes(key);
        DeleteOption withPrevious = DeleteOption.builder().withPrevKV(true).build();
        if (expected == 0) {
            return etcd.execute("delete", resource, () -> etcd.kv().delete(k, withPrevious)).compose(resp ->
                    resp.getPrevKvs().isEmpty() ? Future.failedFuture(notFound(name))
                            : Future.succeededFuture(decodeOne(key, resp.getPrevKvs().get(0)).object()));
        }
        return etcd.execute("delete", resource, () -> etcd.kv().txn()
                        .If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.modRevision(expected)))
                        .Then(Op.delete(k, withPrevious))
                        .Else(Op.get(k, GET_ONE))
                        .commit())
                .compose(resp -> {
                    if (resp.isSucceeded()) {
                        var deleted = resp.getDeleteResponses().get(0).getPrevKvs();
                        return deleted.isEmpty() ? Future.failedFuture(notFound(name)) : Future.succeededFuture(decodeOne(key, deleted.get(0)).object());
                    }
                    return fromElse(resp, key, name) == null ? Future.failedFuture(notFound(name))
                            : Future.failedFuture(ApiException.modified(type.group(), type.plural(), name));
                });
    }

    // ---- watch ----

    @Override
    public Watch watch(WatchOptions<T> options, WatchListener<T> listener) {
        io.vertx.core.Context context = vertx.getOrCreateContext();
        String prefix;
        Long from;
        try {
            prefix = layout.listPrefix(options.namespace());
            String rv = options.resourceVersion();
            from = rv == null || rv.isEmpty() || rv.equals("0") ? null : parseRevision(rv);
        } catch (ApiException e) {
            context.runOnContext(v -> listener.onError(e));
            return () -> { };
        }
        CachedWatcher<T> watcher = new CachedWatcher<>(resource, prefix, options.filter(), options.allowBookmarks(), context,
                listener, metrics, cache::unregister);
        cache.awaitReady().onComplete(ar -> {
            if (ar.failed()) {
                watcher.fail(ar.cause() instanceof ApiException a ? a : ApiException.unavailable(String.valueOf(ar.cause().getMessage())));
            } else {
                cache.register(watcher, from);
            }
        });
        return watcher;
    }

    @Override
    public long currentRevision() {
        return cache.revision();
    }

    // ---- helpers ----

    private T stored(T object, long revision) {
        return codec.withResourceVersion(object.withTypeMeta(type.apiVersion(), type.kind()), revision);
    }

    private EncodedObject<T> decodeOne(String key, KeyValue kv) {
        try {
            return codec.decode(key, kv.getValue().getBytes(), kv.getModRevision());
        } catch (ObjectCodec.UndecodableValueException e) {
            throw ApiException.internal(e.getMessage());
        }
    }

    private ApiException notFound(String name) {
        return ApiException.notFound(type.group(), type.plural(), type.kind(), name);
    }

    private static ObjectMeta requireMetadata(KubeObject<?> object) {
        if (object.metadata() == null || object.metadata().name() == null || object.metadata().name().isEmpty()) {
            throw ApiException.badRequest("metadata.name is required");
        }
        return object.metadata();
    }

    private static long revisionOf(KubeObject<?> o) {
        return Long.parseLong(o.metadata().resourceVersion());
    }

    static long parseRevision(String rv) {
        try {
            long r = Long.parseLong(rv);
            if (r < 0) {
                throw new NumberFormatException("negative");
            }
            return r;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid resource version: \"" + rv + "\"");
        }
    }

    /** The object an update starts from, its revision, and whether it was just read from etcd. */
    private record Current<T>(T object, long revision, boolean fresh) {
    }
}
