package dev.jetpod.client.queue;

import dev.jetpod.client.clock.Clock;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The queue controllers use: a {@link DelayingWorkQueue} whose failed items come back after the delay their
 * {@link RateLimiter} asks for. Call {@link #forget} when an item succeeds so its backoff starts over.
 */
public class RateLimitingWorkQueue<K> extends DelayingWorkQueue<K> {
    private final RateLimiter<K> limiter;

    public RateLimitingWorkQueue(String name, RateLimiter<K> limiter, MeterRegistry registry, Clock clock) {
        super(name, registry, clock);
        this.limiter = limiter;
    }

    /** A queue with {@link RateLimiters#controllerDefault()} and the system clock. */
    public static <K> RateLimitingWorkQueue<K> withDefaultLimiter(String name, MeterRegistry registry) {
        return new RateLimitingWorkQueue<>(name, RateLimiters.controllerDefault(), registry, Clock.system());
    }

    /** Adds the item again after the limiter's delay (a retry). */
    public void addRateLimited(K item) {
        metrics.retried();
        addAfter(item, limiter.when(item));
    }

    /** The item succeeded: its backoff starts over. It stays queued if it is queued. */
    public void forget(K item) {
        limiter.forget(item);
    }

    public int numRequeues(K item) {
        return limiter.numRequeues(item);
    }
}
