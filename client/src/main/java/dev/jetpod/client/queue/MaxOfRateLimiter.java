package dev.jetpod.client.queue;

import java.time.Duration;
import java.util.List;

/** The longest delay any of its limiters asks for; forget and numRequeues go to all of them. */
public final class MaxOfRateLimiter<K> implements RateLimiter<K> {
    private final List<RateLimiter<K>> limiters;

    @SafeVarargs
    public MaxOfRateLimiter(RateLimiter<K>... limiters) {
        this.limiters = List.of(limiters);
    }

    @Override
    public Duration when(K item) {
        Duration longest = Duration.ZERO;
        for (RateLimiter<K> l : limiters) {
            Duration d = l.when(item);
            if (d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }

    @Override
    public void forget(K item) {
        limiters.forEach(l -> l.forget(item));
    }

    @Override
    public int numRequeues(K item) {
        int n = 0;
        for (RateLimiter<K> l : limiters) {
            n = Math.max(n, l.numRequeues(item));
        }
        return n;
    }
}
