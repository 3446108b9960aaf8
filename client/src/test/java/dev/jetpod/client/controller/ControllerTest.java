package dev.jetpod.client.controller;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.client.ResourceKey;
import dev.jetpod.client.clock.Clock;
import dev.jetpod.client.queue.ExponentialFailureRateLimiter;
import dev.jetpod.client.queue.RateLimitingWorkQueue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ControllerTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private RateLimitingWorkQueue<ResourceKey> queue() {
        return new RateLimitingWorkQueue<>("test", new ExponentialFailureRateLimiter<>(Duration.ofMillis(1), Duration.ofMillis(50)), registry, Clock.system());
    }

    @Test
    void successForgetsFailureRetriesWithBackoffUntilItSucceeds() {
        RateLimitingWorkQueue<ResourceKey> q = queue();
        Map<ResourceKey, AtomicInteger> attempts = new ConcurrentHashMap<>();
        List<String> requeuesSeenOnSuccess = new CopyOnWriteArrayList<>();
        ResourceKey flaky = new ResourceKey("ns", "flaky");
        ResourceKey fine = new ResourceKey("ns", "fine");
        Controller<ResourceKey> c = new Controller<>("test", q, key -> {
            int n = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (key.equals(flaky) && n < 4) {
                throw new IllegalStateException("transient failure " + n);
            }
            requeuesSeenOnSuccess.add(key + "@" + q.numRequeues(key));
        }, 2, registry);
        c.start();
        q.add(flaky);
        q.add(fine);
        await().atMost(Duration.ofSeconds(10)).until(() -> requeuesSeenOnSuccess.size() == 2);
        assertEquals(4, attempts.get(flaky).get());
        assertEquals(1, attempts.get(fine).get());
        assertEquals(true, requeuesSeenOnSuccess.contains("ns/flaky@3"), "three retries before success: " + requeuesSeenOnSuccess);
        await().atMost(Duration.ofSeconds(10)).until(() -> q.numRequeues(flaky) == 0);
        assertEquals(3.0, registry.find("jetpod.controller.reconciles").tag("result", "error").counter().count());
        assertEquals(2.0, registry.find("jetpod.controller.reconciles").tag("result", "success").counter().count());
        c.close();
        assertEquals(true, q.isShuttingDown());
    }

    @Test
    void aKeyChangedDuringItsReconcileIsReconciledAgain() {
        RateLimitingWorkQueue<ResourceKey> q = queue();
        ResourceKey key = ResourceKey.parse("ns/a");
        AtomicInteger runs = new AtomicInteger();
        Controller<ResourceKey> c = new Controller<>("again", q, k -> {
            if (runs.incrementAndGet() == 1) {
                q.add(k); // an event for the same object arrives while it is being reconciled
            }
        }, 3, registry);
        c.start();
        q.add(key);
        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() == 2);
        c.close();
    }
}
