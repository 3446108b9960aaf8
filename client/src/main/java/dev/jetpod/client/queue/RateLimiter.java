package dev.jetpod.client.queue;

import java.time.Duration;

/** Decides how long an item waits before it is retried. Implementations are thread-safe. */
public interface RateLimiter<K> {
    /** How long to wait before this retry of {@code item}; each call counts as one retry. */
    Duration when(K item);

    /** The item succeeded: forget its failures. */
    void forget(K item);

    /** How often the item has been retried since it was last forgotten. */
    int numRequeues(K item);
}
