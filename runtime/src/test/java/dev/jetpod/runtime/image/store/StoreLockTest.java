package dev.jetpod.runtime.image.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreLockTest {
    @TempDir
    Path dir;

    @Test
    void exclusiveWaitsForSharedHoldersAcrossInstancesOnOneFile() throws Exception {
        try (StoreLock first = StoreLock.open(dir.resolve("lock")); StoreLock second = StoreLock.open(dir.resolve("lock"))) {
            AtomicBoolean exclusiveHeld = new AtomicBoolean();
            StoreLock.Held shared1 = first.shared();
            StoreLock.Held shared2 = second.shared();
            CompletableFuture<Void> gc = CompletableFuture.runAsync(() -> {
                try (StoreLock.Held held = second.exclusive()) {
                    exclusiveHeld.set(true);
                }
            });
            shared1.close();
            assertFalse(gc.isDone() && exclusiveHeld.get(), "one shared holder is still there");
            shared2.close();
            gc.get(30, TimeUnit.SECONDS);
            assertTrue(exclusiveHeld.get());
        }
    }
}
