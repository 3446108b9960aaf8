package dev.jetpod.client.queue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Per item: {@code base * 2^failures}, capped at {@code max}. What keeps one broken object from hot-looping. */
public final class ExponentialFailureRateLimiter<K> implements RateLimiter<K> {
    private final Duration base;
    private final Duration max;
    private final Map<K, Integer> failures = new HashMap<>();

    public ExponentialFailureRateLimiter(Duration base, Duration max) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max");
        }
        this.base = base;
        this.max = max;
    }

    @Override
    public synchronized Duration when(K item) {
        int exp = failures.getOrDefault(item, 0);
        failures.put(item, exp + 1);
        double nanos = base.toNanos() * Math.pow(2, exp);
        return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
    }

    @Override
    public synchronized void forget(K item) {
        failures.remove(item);
    }

    @Override
    public synchronized int numRequeues(K item) {
        return failures.getOrDefault(item, 0);
    }
}
