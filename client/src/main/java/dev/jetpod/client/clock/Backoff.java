package dev.jetpod.client.clock;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter for retrying against the apiserver (relists, re-watches): initial, doubled per
 * failure up to max, each delay stretched by up to {@code jitter} (0.2 = +0–20%) so that many clients do not retry
 * in step. {@link #reset()} after a success. Not thread-safe: one per retry loop.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration max;
    private final double jitter;
    private final DoubleSupplier random;
    private Duration current;

    public Backoff(Duration initial, Duration max, double jitter, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.jitter = jitter;
        this.random = random;
    }

    /** client-go's reflector backoff: 800 ms doubling to 30 s, 20% jitter. */
    public static Backoff forReflector() {
        return new Backoff(Duration.ofMillis(800), Duration.ofSeconds(30), 0.2, Math::random);
    }

    public Duration next() {
        Duration base = current == null ? initial : current.multipliedBy(2);
        if (base.compareTo(max) > 0) {
            base = max;
        }
        current = base;
        long extra = (long) (base.toNanos() * jitter * random.getAsDouble());
        return base.plusNanos(extra);
    }

    public void reset() {
        current = null;
    }
}
