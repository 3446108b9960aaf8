package dev.jetpod.apiserver.storage;

import dev.jetpod.api.meta.KubeObject;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchEvent;
import io.etcd.jetcd.watch.WatchResponse;
import io.micrometer.core.instrument.Counter;
import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link WatchCache} in step with etcd: lists the type's prefix, then watches it from the list's revision
 * with ONE etcd watch. If the watch breaks (etcd unreachable) it resumes from the last revision it applied, so open
 * watchers lose nothing; if etcd no longer has that revision (compacted) or answers something it cannot resume from,
 * it lists again, and watchers that were open get 410 Expired.
 *
 * <p>Everything here runs on the cache's own thread, in the order etcd sent it; decoding thousands of objects after a
 * list therefore never occupies an event loop.
 */
final class CacheReflector<T extends KubeObject<T>> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CacheReflector.class);
    private static final long INITIAL_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 3000;

    private final Vertx vertx;
    private final EtcdConnection etcd;
    private final WatchCache<T> cache;
    private final EtcdLister<T> lister;
    private final ObjectCodec<T> codec;
    private final String prefix;
    private final String resource;
    private final StorageMetrics metrics;
    private final Counter received;
    private final ExecutorService thread;
    private final long bookmarkTimer;

    // confined to the cache thread
    private long generation;
    private Watch.Watcher watcher;
    private long backoffMs = INITIAL_BACKOFF_MS;
    private long retryTimer = -1;
    private Runnable retryTask;
    private volatile boolean closed;

    CacheReflector(Vertx vertx, EtcdConnection etcd, WatchCache<T> cache, EtcdLister<T> lister, ObjectCodec<T> codec,
                   String prefix, String resource, StorageMetrics metrics) {
        this.vertx = vertx;
        this.etcd = etcd;
        this.cache = cache;
        this.lister = lister;
        this.codec = codec;
        this.prefix = prefix;
        this.resource = resource;
        this.metrics = metrics;
        this.received = metrics.eventsReceived(resource);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jetpod-watch-cache-" + resource);
            t.setDaemon(true);
            return t;
        });
        this.bookmarkTimer = vertx.setPeriodic(etcd.config().bookmarkInterval().toMillis(), id -> run(cache::sendBookmarks));
        etcd.onReconnect(() -> run(this::retryNow));
        run(this::relist);
    }

    private void run(Runnable task) {
        if (closed) {
            return;
        }
        try {
            thread.execute(() -> {
                if (!closed) {
                    task.run();
                }
            });
        } catch (RejectedExecutionException e) {
            // closed meanwhile: late etcd callbacks and timers have nothing left to do
        }
    }

    private void relist() {
        stopWatch();
        cache.markUnready();
        metrics.cacheRelisted(resource);
        lister.readAll(prefix).onComplete(ar -> run(() -> listed(ar)));
    }

    private void listed(AsyncResult<EtcdLister.RawSnapshot> ar) {
        if (ar.failed()) {
            LOG.warn("watch cache could not list resource={} error={}; retrying", resource, ar.cause().getMessage());
            retryLater(this::relist);
            return;
        }
        EtcdLister.RawSnapshot snapshot = ar.result();
        Map<String, EncodedObject<T>> fresh = new HashMap<>(snapshot.kvs().size() * 2);
        for (KeyValue kv : snapshot.kvs()) {
            String key = EtcdConnection.utf8(kv.getKey());
            EncodedObject<T> o = decode(key, kv);
            if (o != null) {
                fresh.put(key, o);
            }
        }
        cache.replace(fresh, snapshot.revision());
        LOG.info("watch cache listed resource={} objects={} revision={}", resource, fresh.size(), snapshot.revision());
        backoffMs = INITIAL_BACKOFF_MS;
        watchFrom(snapshot.revision() + 1);
    }

    private void watchFrom(long revision) {
        long g = ++generation;
        WatchOption option = WatchOption.builder().isPrefix(true).withRevision(revision).withCreateNotify(true).build();
        try {
            watcher = etcd.watchClient().watch(KeyLayout.bytes(prefix), option, Watch.listener(
                    response -> run(() -> onResponse(g, response)),
                    error -> run(() -> onError(g, error)),
                    () -> run(() -> onCompleted(g))));
        } catch (RuntimeException e) {
            // the client was closed under us (a reconnect); try again on the current one
            LOG.debug("could not start the etcd watch resource={} error={}", resource, e.toString());
            cache.markUnready();
            retryLater(() -> watchFrom(revision));
        }
    }

    private void onResponse(long g, WatchResponse response) {
        if (g != generation) {
            return;
        }
        if (response.isCreatedNotify()) {
            etcd.recordOutcome(null);
            backoffMs = INITIAL_BACKOFF_MS;
            if (!cache.isReady()) {
                LOG.info("watch cache resumed resource={} from revision={}", resource, cache.revision() + 1);
                cache.markReady();
            }
            return;
        }
        List<WatchEvent> events = response.getEvents();
        if (events.isEmpty()) {
            return;
        }
        received.increment(events.size());
        List<WatchCache.Change<T>> changes = new ArrayList<>(events.size());
        for (WatchEvent e : events) {
            KeyValue kv = e.getKeyValue();
            String key = EtcdConnection.utf8(kv.getKey());
            if (e.getEventType() == WatchEvent.EventType.PUT) {
                // an undecodable value is treated as gone: no client could read it either
                EncodedObject<T> own = cache.takeOwnWrite(key, kv);
                changes.add(new WatchCache.Change<>(key, kv.getModRevision(), own != null ? own : decode(key, kv)));
            } else if (e.getEventType() == WatchEvent.EventType.DELETE) {
                changes.add(new WatchCache.Change<>(key, kv.getModRevision(), null));
            }
        }
        cache.apply(changes);
    }

    private void onError(long g, Throwable error) {
        if (g != generation) {
            return;
        }
        stopWatch();
        if (EtcdErrors.isCompacted(error)) {
            LOG.info("watch cache fell behind etcd's compaction resource={} revision={}; re-listing", resource, cache.revision());
            relist();
        } else if (EtcdErrors.isUnavailable(error)) {
            etcd.recordOutcome(error);
            if (cache.isReady()) {
                LOG.warn("watch cache lost etcd resource={} error={}; resuming from revision={}", resource, error.getMessage(), cache.revision() + 1);
            }
            cache.markUnready();
            retryLater(() -> watchFrom(cache.revision() + 1));
        } else {
            LOG.warn("etcd watch failed resource={} error={}; re-listing", resource, error.getMessage());
            retryLater(this::relist);
        }
    }

    private void onCompleted(long g) {
        if (g != generation) {
            return;
        }
        // etcd ended the stream without an error (e.g. the client was replaced by a reconnect): resume
        stopWatch();
        cache.markUnready();
        retryLater(() -> watchFrom(cache.revision() + 1));
    }

    private void stopWatch() {
        generation++;
        if (watcher != null) {
            Watch.Watcher w = watcher;
            watcher = null;
            w.close();
        }
    }

    private void retryLater(Runnable task) {
        long delay = backoffMs;
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
        retryTask = task;
        long timer = vertx.setTimer(delay, id -> run(() -> {
            if (retryTimer == id) {
                runRetry();
            }
        }));
        retryTimer = timer;
    }

    /** etcd is reachable again (the connection was rebuilt): do the pending retry now rather than after its backoff. */
    private void retryNow() {
        if (retryTimer >= 0) {
            vertx.cancelTimer(retryTimer);
            backoffMs = INITIAL_BACKOFF_MS;
            runRetry();
        }
    }

    private void runRetry() {
        Runnable task = retryTask;
        retryTimer = -1;
        retryTask = null;
        task.run();
    }

    private EncodedObject<T> decode(String key, KeyValue kv) {
        try {
            return codec.decode(key, kv.getValue().getBytes(), kv.getModRevision());
        } catch (ObjectCodec.UndecodableValueException e) {
            LOG.warn("watch cache skips an undecodable object resource={} error={}", resource, e.getMessage());
            return null;
        } catch (RuntimeException e) {
            LOG.warn("watch cache skips an object it could not encode resource={} key={} error={}", resource, key, e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        vertx.cancelTimer(bookmarkTimer);
        closed = true;
        thread.execute(() -> {
            stopWatch();
            cache.closeAll("the apiserver is shutting down");
        });
        thread.shutdown();
    }
}
