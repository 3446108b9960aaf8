package dev.jetpod.client.clock;

import java.time.Instant;

/** The JVM's clocks. Stateless, so one shared instance is no hidden global state. */
final class SystemClock implements Clock {
    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
