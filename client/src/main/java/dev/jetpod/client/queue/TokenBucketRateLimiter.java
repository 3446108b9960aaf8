package dev.jetpod.client.queue;

import dev.jetpod.client.clock.Clock;
import java.time.Duration;

/**
 * An overall token bucket ({@code qps} refill, {@code burst} capacity) shared by all items: what keeps a flood of
 * failures from flooding the apiserver. Each call reserves a token; when the bucket is empty the reservation is in the
 * future and the returned delay says how far (the bucket goes negative, like golang.org/x/time/rate's reservations).
 */
public final class TokenBucketRateLimiter<K> implements RateLimiter<K> {
    private final double qps;
    private final int burst;
    private final Clock clock;
    private double tokens;
    private long last;

    public TokenBucketRateLimiter(double qps, int burst, Clock clock) {
        if (qps <= 0 || burst < 1) {
            throw new IllegalArgumentException("need qps > 0 and burst >= 1");
        }
        this.qps = qps;
        this.burst = burst;
        this.clock = clock;
        this.tokens = burst;
        this.last = clock.nanoTime();
    }

    @Override
    public synchronized Duration when(K item) {
        long now = clock.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) * qps / 1e9);
        last = now;
        tokens -= 1;
        if (tokens >= 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(-tokens / qps * 1e9));
    }

    @Override
    public void forget(K item) {
        // the bucket is shared: one item's success frees nothing
    }

    @Override
    public int numRequeues(K item) {
        return 0;
    }
}
