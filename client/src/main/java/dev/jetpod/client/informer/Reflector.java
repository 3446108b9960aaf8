package dev.jetpod.client.informer;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.client.ApiConnectionException;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.ResourceClient;
import dev.jetpod.client.Watch;
import dev.jetpod.client.clock.Backoff;
import dev.jetpod.client.metrics.ClientMetrics;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link Sink} in step with the apiserver, as client-go's Reflector does: list, then watch from the list's
 * resourceVersion; when a watch ends, watch again from the last resourceVersion seen; when that is too old (410
 * Expired) or the watch fails otherwise, list again. Connection failures are retried with backoff.
 * All state lives on one Vert.x context, so nothing here needs a lock.
 */
final class Reflector<T extends KubeObject<T>> {
    private static final Logger log = LoggerFactory.getLogger(Reflector.class);
    /** A watch that ends sooner than this, without events, is retried with backoff instead of at once. */
    private static final Duration SHORT_WATCH = Duration.ofSeconds(1);

    /** Where a reflector delivers: a full list, or one change. Called on the reflector's context. */
    interface Sink<T extends KubeObject<T>> {
        void replace(KubeList<T> list);

        void apply(WatchEvent<T> event);
    }

    private final ResourceClient<T> resource;
    private final InformerOptions options;
    private final Sink<T> sink;
    private final ClientMetrics metrics;
    private final Context context;
    private final Backoff backoff = Backoff.forReflector();
    private volatile String lastResourceVersion;
    private Watch watch;
    private long pendingTimer = -1;
    private boolean stopped;
    private boolean listedOnce;

    Reflector(ResourceClient<T> resource, InformerOptions options, Sink<T> sink, ClientMetrics metrics, Context context) {
        this.resource = resource;
        this.options = options;
        this.sink = sink;
        this.metrics = metrics;
        this.context = context;
    }

    void start() {
        context.runOnContext(v -> list());
    }

    void stop() {
        context.runOnContext(v -> {
            stopped = true;
            if (pendingTimer >= 0) {
                context.owner().cancelTimer(pendingTimer);
            }
            if (watch != null) {
                watch.cancel();
            }
        });
    }

    /** The resourceVersion of the last list or event applied; read from other threads for diagnostics only. */
    String lastResourceVersion() {
        return lastResourceVersion;
    }

    private String name() {
        return resource.type().qualifiedName();
    }

    private void list() {
        if (stopped) {
            return;
        }
        if (listedOnce) {
            metrics.informerRelist(name());
        }
        ListOptions lo = ListOptions.NONE.withLabelSelector(options.labelSelector()).withFieldSelector(options.fieldSelector());
        resource.listAll(options.namespace(), lo).onComplete(ar -> {
            if (stopped) {
                return;
            }
            if (ar.failed()) {
                Duration d = backoff.next();
                log.warn("informer list failed resource={} retryIn={}ms: {}", name(), d.toMillis(), ar.cause().getMessage());
                later(d, this::list);
                return;
            }
            KubeList<T> l = ar.result();
            listedOnce = true;
            lastResourceVersion = l.metadata() == null ? null : l.metadata().resourceVersion();
            sink.replace(l);
            watch();
        });
    }

    private void watch() {
        if (stopped) {
            return;
        }
        long started = System.nanoTime();
        int[] events = {0};
        // a randomised server-side timeout spreads re-watches of many clients, as client-go does (5–10 minutes)
        ListOptions wo = ListOptions.NONE.withLabelSelector(options.labelSelector()).withFieldSelector(options.fieldSelector())
                .withResourceVersion(lastResourceVersion).withBookmarks(true)
                .withTimeoutSeconds(300 + ThreadLocalRandom.current().nextInt(300));
        resource.watch(options.namespace(), wo, e -> {
            events[0]++;
            onEvent(e);
        }).onComplete(ar -> {
            if (ar.failed()) {
                watchEnded(ar, started, events[0]);
                return;
            }
            watch = ar.result();
            if (stopped) {
                watch.cancel();
            }
            watch.done().onComplete(done -> watchEnded(done, started, events[0]));
        });
    }

    private void onEvent(WatchEvent<T> e) {
        if (stopped) {
            return;
        }
        if (e.object() != null && e.object().metadata() != null && e.object().metadata().resourceVersion() != null) {
            lastResourceVersion = e.object().metadata().resourceVersion();
        }
        if (e.type() != WatchEvent.Type.BOOKMARK) {
            sink.apply(e);
        }
        backoff.reset();
    }

    private void watchEnded(AsyncResult<?> how, long startedNanos, int events) {
        watch = null;
        if (stopped) {
            return;
        }
        if (how.succeeded()) {
            boolean quick = System.nanoTime() - startedNanos < SHORT_WATCH.toNanos() && events == 0;
            metrics.informerWatchRestart(name());
            if (quick) {
                later(backoff.next(), this::watch);
            } else {
                watch();
            }
            return;
        }
        Throwable cause = how.cause();
        if (cause instanceof ApiException ae && ae.isGone()) {
            log.info("informer watch expired resource={} resourceVersion={}: relisting", name(), lastResourceVersion);
            list();
        } else if (cause instanceof ApiConnectionException) {
            Duration d = backoff.next();
            log.warn("informer watch lost resource={} resourceVersion={} retryIn={}ms: {}", name(), lastResourceVersion, d.toMillis(), cause.getMessage());
            metrics.informerWatchRestart(name());
            later(d, this::watch);
        } else {
            Duration d = backoff.next();
            log.warn("informer watch failed resource={} resourceVersion={} relistIn={}ms: {}", name(), lastResourceVersion, d.toMillis(), cause.toString());
            later(d, this::list);
        }
    }

    private void later(Duration d, Runnable action) {
        pendingTimer = context.owner().setTimer(Math.max(1, d.toMillis()), id -> context.runOnContext(v -> {
            pendingTimer = -1;
            action.run();
        }));
    }
}
