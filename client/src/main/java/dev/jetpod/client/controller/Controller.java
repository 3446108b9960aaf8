package dev.jetpod.client.controller;

import dev.jetpod.client.queue.RateLimitingWorkQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Reconciler} on N worker threads fed by a rate-limited queue, as sample-controller's workers do:
 * take a key, reconcile it; success forgets the key's failures, an exception re-queues it with backoff; the key is
 * always marked done. Event handlers only put keys on {@link #queue()} (see {@link EnqueueHandler}).
 */
public final class Controller<K> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Controller.class);

    private final String name;
    private final RateLimitingWorkQueue<K> queue;
    private final Reconciler<K> reconciler;
    private final int workers;
    private final List<Thread> threads = new ArrayList<>();
    private final Counter succeeded;
    private final Counter failed;
    private final Timer duration;

    public Controller(String name, RateLimitingWorkQueue<K> queue, Reconciler<K> reconciler, int workers, MeterRegistry registry) {
        if (workers < 1) {
            throw new IllegalArgumentException("a controller needs at least one worker");
        }
        this.name = name;
        this.queue = queue;
        this.reconciler = reconciler;
        this.workers = workers;
        this.succeeded = Counter.builder("jetpod.controller.reconciles").tag("controller", name).tag("result", "success").register(registry);
        this.failed = Counter.builder("jetpod.controller.reconciles").tag("controller", name).tag("result", "error").register(registry);
        this.duration = Timer.builder("jetpod.controller.reconcile.duration").tag("controller", name).register(registry);
    }

    public String name() {
        return name;
    }

    public RateLimitingWorkQueue<K> queue() {
        return queue;
    }

    /** Starts the workers (once). */
    public synchronized void start() {
        if (!threads.isEmpty()) {
            return;
        }
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "controller-" + name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void work() {
        while (true) {
            Optional<K> next;
            try {
                next = queue.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            process(next.get());
        }
    }

    private void process(K key) {
        long start = System.nanoTime();
        try {
            reconciler.reconcile(key);
            queue.forget(key);
            succeeded.increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.addRateLimited(key);
        } catch (Exception e) {
            failed.increment();
            log.warn("reconcile failed controller={} key={} requeues={}: {}", name, key, queue.numRequeues(key), e.toString());
            queue.addRateLimited(key);
        } finally {
            duration.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            queue.done(key);
        }
    }

    /** Stops taking work, lets running reconciles finish (up to {@code grace}), then interrupts what is left. */
    public void stop(Duration grace) {
        queue.shutDown();
        List<Thread> ts;
        synchronized (this) {
            ts = List.copyOf(threads);
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread t : ts) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (t.isAlive()) {
                t.interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }
}
