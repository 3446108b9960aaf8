package dev.jetpod.client.queue;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.client.clock.Clock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private RateLimitingWorkQueue<String> queue() {
        return RateLimitingWorkQueue.withDefaultLimiter("test", registry);
    }

    @Test
    void anItemAddedWhileQueuedIsQueuedOnce() throws Exception {
        WorkQueue<String> q = queue();
        q.add("a");
        q.add("b");
        q.add("a");
        assertEquals(2, q.length());
        assertEquals(Optional.of("a"), q.get());
        assertEquals(Optional.of("b"), q.get());
        assertEquals(0, q.length());
    }

    @Test
    void anItemAddedWhileProcessingComesBackAfterDone() throws Exception {
        WorkQueue<String> q = queue();
        q.add("a");
        String taken = q.get().orElseThrow();
        q.add("a");
        q.add("a");
        assertEquals(0, q.length(), "not handed to a second worker while the first processes it");
        q.done(taken);
        assertEquals(1, q.length());
        assertEquals(Optional.of("a"), q.get());
        q.done("a");
        assertEquals(0, q.length());
    }

    @Test
    void shutDownHandsOutWhatIsLeftThenEmpty() throws Exception {
        WorkQueue<String> q = queue();
        q.add("a");
        q.shutDown();
        q.add("b");
        assertEquals(Optional.of("a"), q.get());
        assertEquals(Optional.empty(), q.get());
        assertTrue(q.isShuttingDown());
    }

    @Test
    void shutDownWakesBlockedWorkers() throws Exception {
        WorkQueue<String> q = queue();
        CountDownLatch ended = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                if (q.get().isEmpty()) {
                    ended.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        q.shutDown();
        assertTrue(ended.await(10, TimeUnit.SECONDS));
    }

    @Test
    void shutDownWithDrainWaitsForItemsInProcessing() throws Exception {
        WorkQueue<String> q = queue();
        q.add("a");
        String taken = q.get().orElseThrow();
        CountDownLatch drained = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                q.shutDownWithDrain();
                drained.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        assertFalse(drained.await(200, TimeUnit.MILLISECONDS), "still processing");
        q.done(taken);
        assertTrue(drained.await(10, TimeUnit.SECONDS));
    }

    @Test
    void addAfterDeliversLaterAndKeepsTheEarliestTime() throws Exception {
        DelayingWorkQueue<String> q = queue();
        q.addAfter("late", Duration.ofHours(1));
        q.addAfter("soon", Duration.ofMillis(20));
        q.addAfter("late", Duration.ofMillis(30));
        q.addAfter("soon", Duration.ofHours(1));
        assertEquals(2, q.waitingLength());
        await().atMost(Duration.ofSeconds(10)).until(() -> q.length() == 2);
        assertEquals(Optional.of("soon"), q.get());
        assertEquals(Optional.of("late"), q.get());
        assertEquals(0, q.waitingLength());
    }

    @Test
    void rateLimitedItemsComeBackAndForgetResetsTheirCount() throws Exception {
        RateLimitingWorkQueue<String> q = queue();
        q.addRateLimited("a");
        q.addRateLimited("a");
        assertEquals(2, q.numRequeues("a"));
        await().atMost(Duration.ofSeconds(10)).until(() -> q.length() == 1);
        assertEquals(Optional.of("a"), q.get());
        q.forget("a");
        q.done("a");
        assertEquals(0, q.numRequeues("a"));
        assertEquals(2.0, registry.find("jetpod.workqueue.retries").tag("name", "test").counter().count());
    }

    @Test
    void manyWorkersNeverProcessOneItemTwiceAtOnceAndLoseNoAdd() throws Exception {
        WorkQueue<Integer> q = new WorkQueue<>("concurrent", registry, Clock.system());
        int keys = 50;
        Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
        AtomicInteger overlaps = new AtomicInteger();
        // the last version of each key a worker has seen must end up being the last one written
        int[] written = new int[keys];
        int[] seen = new int[keys];
        Object lock = new Object();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread t = new Thread(() -> {
                try {
                    Optional<Integer> k;
                    while ((k = q.get()).isPresent()) {
                        int key = k.get();
                        if (!inFlight.add(key)) {
                            overlaps.incrementAndGet();
                        }
                        synchronized (lock) {
                            seen[key] = written[key];
                        }
                        Thread.yield();
                        inFlight.remove(key);
                        q.done(key);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            workers.add(t);
        }
        List<Thread> producers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    int key = i % keys;
                    synchronized (lock) {
                        written[key]++;
                    }
                    q.add(key);
                }
            });
            t.start();
            producers.add(t);
        }
        for (Thread t : producers) {
            t.join();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            synchronized (lock) {
                return java.util.Arrays.equals(seen, written);
            }
        });
        q.shutDown();
        for (Thread t : workers) {
            t.join(10_000);
        }
        assertEquals(0, overlaps.get(), "an item was processed by two workers at once");
    }
}
