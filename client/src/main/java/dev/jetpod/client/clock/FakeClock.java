package dev.jetpod.client.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * A clock that moves only when told to, for deterministic tests of timing logic (leader election, rate limiters)
 * here and in the components built on this client. Thread-safe.
 */
public final class FakeClock implements Clock {
    private long nanos;
    private Instant wall;

    public FakeClock(Instant start) {
        this.wall = start;
    }

    public FakeClock() {
        this(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return wall;
    }

    public synchronized void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back: " + d);
        }
        nanos += d.toNanos();
        wall = wall.plus(d);
    }

    /** Moves only the wall clock, as an NTP step or a skewed peer would; monotonic readings stay put. */
    public synchronized void stepWallClock(Duration d) {
        wall = wall.plus(d);
    }
}
