package dev.jetpod.client.clock;

import java.time.Instant;

/**
 * Time as the client's timing logic sees it: a monotonic reading for durations (leases, backoff, token buckets)
 * and the wall clock for timestamps written to objects. Injected so that unit tests can step time by hand.
 */
public interface Clock {
    /** Monotonic nanoseconds, comparable only with other readings of the same clock. */
    long nanoTime();

    /** The wall-clock time, for timestamps written into objects (Lease renewTime, …). */
    Instant now();

    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
