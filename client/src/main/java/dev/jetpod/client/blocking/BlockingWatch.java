package dev.jetpod.client.blocking;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.ResourceClient;
import dev.jetpod.client.Watch;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A watch read by pulling: {@code while ((e = w.next()).isPresent()) …}. Events are queued as they arrive; the end
 * of the stream shows as an empty result, a failure (410 Expired, connection lost) as the exception it failed with.
 * {@code T} is the object type of the events: a kind's record, or JsonNode for a raw watch (jctl's Table rows).
 */
public final class BlockingWatch<T> implements AutoCloseable {
    private final LinkedBlockingQueue<Item<T>> queue = new LinkedBlockingQueue<>();
    private Watch watch;
    private boolean ended;

    /** An event, or the end (event null) with its failure if any. */
    private record Item<T>(WatchEvent<T> event, Throwable failure) {
    }

    private BlockingWatch() {
    }

    static <T extends KubeObject<T>> BlockingWatch<T> open(ResourceClient<T> client, String namespace, ListOptions options) {
        return open(handler -> client.watch(namespace, options, handler));
    }

    /** Opens a watch with {@code opener}, given the handler that queues its events. */
    static <T> BlockingWatch<T> open(Function<Handler<WatchEvent<T>>, Future<Watch>> opener) {
        BlockingWatch<T> bw = new BlockingWatch<>();
        bw.watch = Await.result(opener.apply(e -> bw.queue.add(new Item<>(e, null))));
        bw.watch.done().onComplete(ar -> bw.queue.add(new Item<>(null, ar.failed() ? ar.cause() : null)));
        return bw;
    }

    /** The next event, waiting as long as it takes; empty when the watch has ended or was closed. */
    public Optional<WatchEvent<T>> next() {
        return next(null);
    }

    /** The next event, waiting at most {@code timeout} (null: no limit); empty on timeout or at the end. */
    public Optional<WatchEvent<T>> next(Duration timeout) {
        Await.assertMayBlock();
        if (ended) {
            return Optional.empty();
        }
        Item<T> item;
        try {
            item = timeout == null ? queue.take() : queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a watch event", e);
        }
        if (item == null) {
            return Optional.empty();
        }
        if (item.event() == null) {
            ended = true;
            if (item.failure() instanceof RuntimeException re) {
                throw re;
            }
            if (item.failure() != null) {
                throw new IllegalStateException(item.failure().getMessage(), item.failure());
            }
            return Optional.empty();
        }
        return Optional.of(item.event());
    }

    /** Whether the stream has ended (after {@link #next} returned its end). */
    public boolean isEnded() {
        return ended;
    }

    @Override
    public void close() {
        watch.cancel();
    }
}
