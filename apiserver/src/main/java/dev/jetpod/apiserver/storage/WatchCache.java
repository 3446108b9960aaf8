package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.KeyValue;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The current state of one resource type and its recent events, fed by one etcd watch (see {@link CacheReflector}),
 * serving lists at resourceVersion "0" and every watch of the type.
 *
 * <p>Threads: the reflector is the only writer (one thread per cache); lists and watch registrations come from any
 * event loop. One read-write lock makes each change (state, window, fan-out to watchers) atomic with respect to
 * list snapshots and watch registrations, so a watch starting at revision R sees exactly the events after R.
 */
final class WatchCache<T extends KubeObject<T>> {
    private final Vertx vertx;
    private final String resource;
    private final ObjectCodec<T> codec;
    private final StorageConfig config;
    private final StorageMetrics metrics;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final OwnWrites<T> ownWrites = new OwnWrites<>();

    // guarded by lock
    private final TreeMap<String, EncodedObject<T>> state = new TreeMap<>();
    private final EventWindow<T> window;
    private final List<CachedWatcher<T>> watchers = new ArrayList<>();
    private final List<Promise<Void>> readyWaiters = new ArrayList<>();
    private long revision;
    private volatile boolean ready;
    private volatile int size;
    private volatile int watcherCount;

    WatchCache(Vertx vertx, String resource, ObjectCodec<T> codec, StorageConfig config, StorageMetrics metrics) {
        this.vertx = vertx;
        this.resource = resource;
        this.codec = codec;
        this.config = config;
        this.metrics = metrics;
        this.window = new EventWindow<>(config.watchWindowEvents());
        metrics.watchCacheGauges(resource, () -> size, () -> watcherCount);
    }

    // ---- reads (any thread) ----

    boolean isReady() {
        return ready;
    }

    /** The revision the cache is complete up to (the last change it applied, or the list it started from). */
    long revision() {
        lock.readLock().lock();
        try {
            return revision;
        } finally {
            lock.readLock().unlock();
        }
    }

    EncodedObject<T> get(String key) {
        lock.readLock().lock();
        try {
            return state.get(key);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The objects under {@code prefix} in key order, and the revision they are consistent at. */
    Snapshot<T> snapshot(String prefix) {
        lock.readLock().lock();
        try {
            return new Snapshot<>(revision, new ArrayList<>(range(prefix).values()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Completes when the cache is ready, or fails with 503 after the request timeout. */
    Future<Void> awaitReady() {
        if (ready) {
            return Future.succeededFuture();
        }
        Context context = vertx.getOrCreateContext();
        Promise<Void> promise = Promise.promise();
        lock.writeLock().lock();
        try {
            if (ready) {
                return Future.succeededFuture();
            }
            readyWaiters.add(promise);
        } finally {
            lock.writeLock().unlock();
        }
        long timer = vertx.setTimer(config.requestTimeout().toMillis(), id -> promise.tryFail(
                ApiException.unavailable("the watch cache of " + resource + " is not ready: etcd is unreachable or the cache is still loading")));
        return promise.future().andThen(ar -> vertx.cancelTimer(timer)).transform(ar -> {
            // hand the outcome back on the caller's context
            Promise<Void> back = Promise.promise();
            context.runOnContext(v -> back.handle(ar));
            return back.future();
        });
    }

    // ---- watches ----

    /** Registers a watcher: replays from {@code fromRevision}, or (when null) sends the current objects as ADDED first. */
    void register(CachedWatcher<T> w, Long fromRevision) {
        lock.writeLock().lock();
        try {
            if (w.isClosed()) {
                return;
            }
            if (fromRevision == null) {
                int initial = 0;
                w.start(revision, Integer.MAX_VALUE);
                for (EncodedObject<T> o : range(w.keyPrefix()).values()) {
                    if (w.matches(o)) {
                        w.offerInitial(o);
                        initial++;
                    }
                }
                w.start(revision, config.watcherQueueLimit() + initial);
            } else {
                long from = fromRevision;
                if (from < window.startRevision()) {
                    w.fail(ApiException.expired("too old resource version: " + from + " (" + window.startRevision() + ")"));
                    return;
                }
                w.start(from, config.watcherQueueLimit());
                for (CacheEvent<T> e : window.after(from)) {
                    w.offer(e);
                }
            }
            if (!w.isClosed()) {
                watchers.add(w);
                watcherCount = watchers.size();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    void unregister(CachedWatcher<T> w) {
        lock.writeLock().lock();
        try {
            watchers.remove(w);
            watcherCount = watchers.size();
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- the write path's hand-off (any thread) ----

    /** This server is about to write {@code bytes} (encoding {@code object}) under {@code key}; see {@link OwnWrites}. */
    OwnWrites.Expected<T> expectOwnWrite(String key, ByteSequence value, byte[] bytes, T object) {
        return ownWrites.expect(key, value, bytes, object);
    }

    /** The write registered by {@link #expectOwnWrite} did not happen. */
    void withdrawOwnWrite(String key, OwnWrites.Expected<T> expected) {
        ownWrites.withdraw(key, expected);
    }

    // ---- writes (the reflector's thread only) ----

    /** The object of a change this server wrote (see {@link OwnWrites}) at the change's revision, or null. */
    EncodedObject<T> takeOwnWrite(String key, KeyValue kv) {
        OwnWrites.Expected<T> e = ownWrites.take(key, kv.getValue());
        return e == null ? null : codec.stored(e.object(), e.bytes(), kv.getModRevision());
    }

    /**
     * Replaces the whole state with a fresh list at {@code listRevision}. Watchers still open lost their place (the
     * events between what they saw and the list are unknown), so they get 410 Expired and re-list.
     */
    void replace(Map<String, EncodedObject<T>> fresh, long listRevision) {
        lock.writeLock().lock();
        try {
            for (CachedWatcher<T> w : watchers) {
                w.fail(ApiException.expired("too old resource version: " + w.lastRevision() + " (" + listRevision + ")"));
            }
            watchers.clear();
            watcherCount = 0;
            state.clear();
            state.putAll(fresh);
            size = state.size();
            revision = listRevision;
            window.reset(listRevision);
            markReadyLocked();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A change read from etcd: {@code object} is null for a delete. */
    record Change<T extends KubeObject<T>>(String key, long revision, EncodedObject<T> object) {
    }

    /** Applies changes in order: state, event window, and every watcher's queue. */
    void apply(List<Change<T>> changes) {
        lock.writeLock().lock();
        try {
            for (Change<T> c : changes) {
                CacheEvent<T> e = toEvent(c);
                revision = Math.max(revision, c.revision());
                if (e == null) {
                    continue;
                }
                window.add(e);
                for (CachedWatcher<T> w : watchers) {
                    w.offer(e);
                }
            }
            size = state.size();
            if (watchers.removeIf(CachedWatcher::isClosed)) {
                watcherCount = watchers.size();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private CacheEvent<T> toEvent(Change<T> c) {
        if (c.object() == null) {
            EncodedObject<T> last = state.remove(c.key());
            if (last == null) {
                return null;
            }
            EncodedObject<T> gone = codec.encode(codec.withResourceVersion(last.object(), c.revision()));
            return new CacheEvent<>(WatchEvent.Type.DELETED, c.key(), c.revision(), gone, last, codec);
        }
        EncodedObject<T> previous = state.put(c.key(), c.object());
        WatchEvent.Type type = previous == null ? WatchEvent.Type.ADDED : WatchEvent.Type.MODIFIED;
        return new CacheEvent<>(type, c.key(), c.revision(), c.object(), previous, codec);
    }

    void markUnready() {
        ready = false;
    }

    void markReady() {
        lock.writeLock().lock();
        try {
            markReadyLocked();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void markReadyLocked() {
        ready = true;
        for (Promise<Void> p : readyWaiters) {
            p.tryComplete();
        }
        readyWaiters.clear();
    }

    /**
     * Sends every watcher that allows them a BOOKMARK with the newest revision it may resume from: the cache's, or the
     * watcher's own if it started later. A bookmark that repeats a watcher's position is harmless and keeps an idle
     * stream alive. (etcd's progress notifications could move the revision on while this type is quiet, but the etcd
     * 3.4 we run can send a requested one ahead of pending events, so they are not used.)
     */
    void sendBookmarks() {
        lock.writeLock().lock();
        try {
            EncodedObject<T> bookmark = null;
            long bookmarkRevision = -1;
            for (CachedWatcher<T> w : watchers) {
                if (!w.wantsBookmarks()) {
                    continue;
                }
                long rv = Math.max(revision, w.lastRevision());
                if (rv != bookmarkRevision) {
                    bookmark = codec.bookmark(rv);
                    bookmarkRevision = rv;
                }
                w.offerBookmark(bookmark, rv);
            }
            if (watchers.removeIf(CachedWatcher::isClosed)) {
                watcherCount = watchers.size();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Ends every watcher (the apiserver is shutting down). */
    void closeAll(String reason) {
        lock.writeLock().lock();
        try {
            for (CachedWatcher<T> w : watchers) {
                w.end(reason);
            }
            watchers.clear();
            watcherCount = 0;
            ready = false;
            for (Promise<Void> p : readyWaiters) {
                p.tryFail(ApiException.unavailable("the apiserver is shutting down"));
            }
            readyWaiters.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private NavigableMap<String, EncodedObject<T>> range(String prefix) {
        // keys are ASCII (DNS names), so String order equals etcd's byte order; '/' + 1 is '0'
        String end = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        return state.subMap(prefix, true, end, false);
    }

    record Snapshot<T extends KubeObject<T>>(long revision, List<EncodedObject<T>> items) {
    }
}
