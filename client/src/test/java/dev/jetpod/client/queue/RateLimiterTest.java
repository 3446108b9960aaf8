package dev.jetpod.client.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.client.clock.FakeClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void exponentialDoublesPerItemUpToTheCapAndForgets() {
        ExponentialFailureRateLimiter<String> l = new ExponentialFailureRateLimiter<>(Duration.ofMillis(5), Duration.ofSeconds(1000));
        assertEquals(Duration.ofMillis(5), l.when("a"));
        assertEquals(Duration.ofMillis(10), l.when("a"));
        assertEquals(Duration.ofMillis(20), l.when("a"));
        assertEquals(Duration.ofMillis(5), l.when("b"), "items back off independently");
        assertEquals(3, l.numRequeues("a"));
        for (int i = 0; i < 100; i++) {
            l.when("a");
        }
        assertEquals(Duration.ofSeconds(1000), l.when("a"), "capped, no overflow");
        l.forget("a");
        assertEquals(0, l.numRequeues("a"));
        assertEquals(Duration.ofMillis(5), l.when("a"));
    }

    @Test
    void tokenBucketAllowsTheBurstThenSpacesByQps() {
        FakeClock clock = new FakeClock();
        TokenBucketRateLimiter<String> l = new TokenBucketRateLimiter<>(10, 100, clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ZERO, l.when("x" + i));
        }
        assertEquals(Duration.ofMillis(100), l.when("y"));
        assertEquals(Duration.ofMillis(200), l.when("z"), "reservations queue up behind each other");
        clock.advance(Duration.ofSeconds(1)); // 10 tokens back, 2 were owed
        for (int i = 0; i < 8; i++) {
            assertEquals(Duration.ZERO, l.when("w" + i));
        }
        assertEquals(Duration.ofMillis(100), l.when("v"));
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ZERO, l.when("u" + i), "refill stops at the burst size");
        }
        assertEquals(Duration.ofMillis(100), l.when("t"));
    }

    @Test
    void controllerDefaultTakesTheLongerOfBothLimits() {
        FakeClock clock = new FakeClock();
        RateLimiter<String> l = RateLimiters.controllerDefault(clock);
        assertEquals(Duration.ofMillis(5), l.when("a"));
        assertEquals(Duration.ofMillis(10), l.when("a"));
        for (int i = 0; i < 98; i++) {
            l.when("other" + i);
        }
        // bucket exhausted (100 used): the 101st reservation waits 100 ms, longer than a's 20 ms
        assertEquals(Duration.ofMillis(100), l.when("a"));
        assertEquals(3, l.numRequeues("a"));
        l.forget("a");
        assertEquals(0, l.numRequeues("a"));
    }
}
