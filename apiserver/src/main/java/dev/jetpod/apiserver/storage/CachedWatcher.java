package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import io.micrometer.core.instrument.Counter;
import io.vertx.core.Context;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's watch on a watch cache. The cache offers it every event (under the cache's lock, in revision order);
 * the watcher decides what its filter makes of the event, queues the result, and drains the queue on the context
 * that started the watch. The queue is bounded: a watcher that cannot keep up is closed, not buffered forever.
 */
final class CachedWatcher<T extends KubeObject<T>> implements Watch {
    private static final Logger LOG = LoggerFactory.getLogger(CachedWatcher.class);
    private static final int DRAIN_BATCH = 256;

    private final String keyPrefix;
    private final ObjectFilter<T> filter;
    private final boolean bookmarks;
    private final Context context;
    private final WatchListener<T> listener;
    private final Counter dispatched;
    private final StorageMetrics metrics;
    private final Consumer<CachedWatcher<T>> onCancel;
    private final String resource;

    // written under the cache's lock
    private long startRevision;
    private long lastRevision;
    private int capacity;

    // guarded by this
    private final ArrayDeque<Delivery<T>> queue = new ArrayDeque<>();
    private boolean paused;
    private boolean scheduled;
    private boolean closed;

    CachedWatcher(String resource, String keyPrefix, ObjectFilter<T> filter, boolean bookmarks, Context context,
                  WatchListener<T> listener, StorageMetrics metrics, Consumer<CachedWatcher<T>> onCancel) {
        this.resource = resource;
        this.keyPrefix = keyPrefix;
        this.filter = filter == null ? ObjectFilter.everything() : filter;
        this.bookmarks = bookmarks;
        this.context = context;
        this.listener = listener;
        this.metrics = metrics;
        this.dispatched = metrics.eventsDispatched(resource);
        this.onCancel = onCancel;
    }

    /** Called under the cache's lock when the watcher is registered: events up to {@code revision} are not for it. */
    void start(long revision, int capacity) {
        this.startRevision = revision;
        this.lastRevision = revision;
        this.capacity = capacity;
    }

    String keyPrefix() {
        return keyPrefix;
    }

    boolean wantsBookmarks() {
        return bookmarks;
    }

    long lastRevision() {
        return lastRevision;
    }

    boolean matches(EncodedObject<T> o) {
        return filter.matches(o.object());
    }

    /** A synthetic ADDED for an object that exists when the watch starts. */
    void offerInitial(EncodedObject<T> object) {
        enqueue(new Delivery<>(WatchEvent.Type.ADDED, object));
    }

    /** Offers a change; what is delivered depends on whether the old and the new object match the filter. */
    void offer(CacheEvent<T> e) {
        if (e.revision() <= startRevision || !e.key().startsWith(keyPrefix)) {
            return;
        }
        Delivery<T> d;
        try {
            d = translate(e);
        } catch (RuntimeException ex) {
            LOG.error("watch filter failed resource={} key={}", resource, e.key(), ex);
            fail(ApiException.internal("the watch filter failed on " + e.key() + ": " + ex));
            return;
        }
        lastRevision = e.revision();
        if (d != null) {
            enqueue(d);
        }
    }

    void offerBookmark(EncodedObject<T> bookmark, long revision) {
        lastRevision = revision;
        enqueue(new Delivery<>(WatchEvent.Type.BOOKMARK, bookmark));
    }

    private Delivery<T> translate(CacheEvent<T> e) {
        switch (e.type()) {
            case ADDED:
                return matches(e.object()) ? new Delivery<>(WatchEvent.Type.ADDED, e.object()) : null;
            case DELETED:
                return matches(e.object()) ? new Delivery<>(WatchEvent.Type.DELETED, e.object()) : null;
            default:
                boolean now = matches(e.object());
                boolean before = e.previous() != null && matches(e.previous());
                if (now) {
                    return new Delivery<>(before ? WatchEvent.Type.MODIFIED : WatchEvent.Type.ADDED, e.object());
                }
                // stopped matching: to this watcher the object is gone, as of this revision
                return before ? new Delivery<>(WatchEvent.Type.DELETED, e.previousAtRevision()) : null;
        }
    }

    private void enqueue(Delivery<T> d) {
        boolean schedule;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queue.size() >= capacity) {
                overflowed();
                return;
            }
            queue.add(d);
            schedule = !scheduled && !paused;
            if (schedule) {
                scheduled = true;
            }
        }
        if (schedule) {
            context.runOnContext(v -> drain());
        }
    }

    private void overflowed() {
        LOG.info("closing a watcher that fell behind resource={} queued={}", resource, queue.size());
        metrics.watcherTerminated(resource, "slow");
        closeAndNotify(() -> listener.onClosed("the client did not keep up with the events of " + resource));
    }

    private void drain() {
        int delivered = 0;
        try {
            for (; delivered < DRAIN_BATCH; delivered++) {
                Delivery<T> d;
                synchronized (this) {
                    if (closed || paused) {
                        scheduled = false;
                        return;
                    }
                    d = queue.poll();
                    if (d == null) {
                        scheduled = false;
                        return;
                    }
                }
                listener.onEvent(d.type(), d.object().object(), d.object().json());
            }
        } catch (RuntimeException ex) {
            LOG.error("watch listener failed; cancelling the watch resource={}", resource, ex);
            cancel();
            return;
        } finally {
            if (delivered > 0) {
                dispatched.increment(delivered);
                afterBatch();
            }
        }
        // let other work on this event loop run before the next batch
        context.runOnContext(v -> drain());
    }

    private void afterBatch() {
        try {
            listener.onEventsDelivered();
        } catch (RuntimeException ex) {
            LOG.error("watch listener failed; cancelling the watch resource={}", resource, ex);
            cancel();
        }
    }

    /** Ends the watch with an error (delivered after the events already handed to the listener). */
    void fail(ApiException error) {
        metrics.watcherTerminated(resource, error.reason().wireName());
        closeAndNotify(() -> listener.onError(error));
    }

    /** Ends the watch cleanly (slow consumer, shutdown). */
    void end(String reason) {
        closeAndNotify(() -> listener.onClosed(reason));
    }

    private void closeAndNotify(Runnable notification) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        context.runOnContext(v -> notification.run());
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        onCancel.accept(this);
    }

    @Override
    public void pause() {
        synchronized (this) {
            paused = true;
        }
    }

    @Override
    public void resume() {
        boolean schedule;
        synchronized (this) {
            paused = false;
            schedule = !closed && !scheduled && !queue.isEmpty();
            if (schedule) {
                scheduled = true;
            }
        }
        if (schedule) {
            context.runOnContext(v -> drain());
        }
    }

    private record Delivery<T extends KubeObject<T>>(WatchEvent.Type type, EncodedObject<T> object) {
    }
}
