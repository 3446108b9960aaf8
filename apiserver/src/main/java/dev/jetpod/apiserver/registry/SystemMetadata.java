package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.ObjectMeta;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The metadata the server owns on a new object: a fresh uid, creationTimestamp (whole seconds), generation 1. */
public final class SystemMetadata {
    private SystemMetadata() {
    }

    /**
     * A random (version 4) UUID. uids need uniqueness, not secrecy, so this draws from ThreadLocalRandom instead of
     * UUID.randomUUID's SecureRandom, which serialises every create on one lock.
     */
    static String randomUid() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    public static ObjectMeta forNewObject(ObjectMeta m) {
        return m.withUid(randomUid())
                .withCreationTimestamp(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .withGeneration(1L)
                .withResourceVersion(null)
                .withDeletionTimestamp(null)
                .withDeletionGracePeriodSeconds(null);
    }
}
