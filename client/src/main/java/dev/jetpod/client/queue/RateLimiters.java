package dev.jetpod.client.queue;

import dev.jetpod.client.clock.Clock;
import java.time.Duration;

/** The limiter controllers use unless they have a reason not to, with client-go's figures. */
public final class RateLimiters {
    private RateLimiters() {
    }

    /** Per item 5 ms doubling to 1000 s, and overall 10 retries/s with bursts of 100. */
    public static <K> RateLimiter<K> controllerDefault(Clock clock) {
        return new MaxOfRateLimiter<>(
                new ExponentialFailureRateLimiter<>(Duration.ofMillis(5), Duration.ofSeconds(1000)),
                new TokenBucketRateLimiter<>(10, 100, clock));
    }

    public static <K> RateLimiter<K> controllerDefault() {
        return controllerDefault(Clock.system());
    }
}
