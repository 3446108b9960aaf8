package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.configMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.scheme.Resources;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The periodic compaction keeps recent history and drops older revisions; the cache keeps working across it. */
class CompactorTest {
    private static StorageFixture fx;
    private static Client raw;

    @BeforeAll
    static void start() {
        fx = new StorageFixture(c -> c.withCompaction(Duration.ofMillis(300), Duration.ofMillis(600)));
        raw = Client.builder().endpoints(fx.etcd.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        raw.close();
        fx.close();
    }

    private static boolean readableAt(long revision) throws InterruptedException {
        try {
            raw.getKVClient().get(ByteSequence.from("/registry/", StandardCharsets.UTF_8),
                    GetOption.builder().withRevision(revision).withCountOnly(true).build()).get();
            return true;
        } catch (ExecutionException e) {
            assertTrue(e.getCause().getMessage().contains("compacted"), e.getCause().getMessage());
            return false;
        }
    }

    @Test
    void oldRevisionsAreCompactedPeriodicallyAndRecentOnesKept() throws Exception {
        ObjectStore<ConfigMap> store = fx.storage.store(Resources.CONFIGMAPS);
        ConfigMap old = await(store.create(configMap("c", "old", Map.of())));
        long oldRev = Long.parseLong(old.metadata().resourceVersion());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            await(store.guaranteedUpdate("c", "old", c -> c.withData(Map.of("t", Long.toString(System.nanoTime())))));
            return !readableAt(oldRev);
        });
        ConfigMap latest = await(store.guaranteedUpdate("c", "old", c -> c.withData(Map.of("t", "last"))));
        assertTrue(readableAt(Long.parseLong(latest.metadata().resourceVersion())), "a revision younger than the retention is kept");
        assertTrue(fx.meters.find("etcd.compactions").tag("outcome", "success").counter().count() >= 1);

        // the watch cache's own etcd watch is live, so compaction does not disturb it
        RecordingListener<ConfigMap> l = new RecordingListener<>();
        store.watch(new WatchOptions<>("c", null, latest.metadata().resourceVersion(), false), l);
        await(store.create(configMap("c", "after", Map.of())));
        l.awaitEvent(e -> e.name().equals("after"));
        assertEquals(0, l.errors.size());
        assertEquals(1.0, fx.meters.find("apiserver.watch.cache.relists").tag("resource", "configmaps").counter().count(), "only the initial list");
    }
}
