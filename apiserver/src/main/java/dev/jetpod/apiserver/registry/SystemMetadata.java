package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.ObjectMeta;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The metadata the server owns on a new object: a fresh uid, creationTimestamp (whole seconds), generation 1. */
public final class SystemMetadata {
    private SystemMetadata() {
    }

    public static ObjectMeta forNewObject(ObjectMeta m) {
        return m.withUid(UUID.randomUUID().toString())
                .withCreationTimestamp(Instant.now().truncatedTo(ChronoUnit.SECONDS))
                .withGeneration(1L)
                .withResourceVersion(null)
                .withDeletionTimestamp(null)
                .withDeletionGracePeriodSeconds(null);
    }
}
