package dev.jetpod.client.queue;

import dev.jetpod.client.clock.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A de-duplicating FIFO of keys with client-go's workqueue semantics, for worker threads:
 * <ul>
 *   <li>an item added while it waits is queued once;</li>
 *   <li>an item added while a worker processes it is queued again when that worker calls {@link #done} — so one item
 *       is never processed by two workers at once, and no change is lost;</li>
 *   <li>{@link #get()} blocks until there is work, and returns empty once the queue is shut down and empty.</li>
 * </ul>
 */
public class WorkQueue<K> {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<K> queue = new ArrayDeque<>();
    private final Set<K> dirty = new HashSet<>();
    private final Set<K> processing = new HashSet<>();
    private final Map<K, Long> addedAt = new HashMap<>();
    private final Map<K, Long> startedAt = new HashMap<>();
    private final Clock clock;
    private final String name;
    final QueueMetrics metrics;
    private boolean shuttingDown;

    public WorkQueue(String name, MeterRegistry registry, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.metrics = new QueueMetrics(registry, name, this::length);
    }

    public String name() {
        return name;
    }

    /** Queues the item unless it is already waiting; ignored after shutdown. */
    public void add(K item) {
        lock.lock();
        try {
            if (shuttingDown || dirty.contains(item)) {
                return;
            }
            metrics.added();
            dirty.add(item);
            if (processing.contains(item)) {
                return;
            }
            queue.addLast(item);
            addedAt.putIfAbsent(item, clock.nanoTime());
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Items waiting (not counting those being processed). */
    public int length() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next item, waiting for one as long as needed; empty when the queue is shut down and nothing is left.
     * The caller owns the item until it calls {@link #done}.
     */
    public Optional<K> get() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !shuttingDown) {
                changed.await();
            }
            if (queue.isEmpty()) {
                return Optional.empty();
            }
            K item = queue.pollFirst();
            processing.add(item);
            dirty.remove(item);
            long now = clock.nanoTime();
            Long added = addedAt.remove(item);
            if (added != null) {
                metrics.waited(now - added);
            }
            startedAt.put(item, now);
            return Optional.of(item);
        } finally {
            lock.unlock();
        }
    }

    /** Processing of the item finished; if it was added meanwhile, it is queued again now. */
    public void done(K item) {
        lock.lock();
        try {
            processing.remove(item);
            Long started = startedAt.remove(item);
            if (started != null) {
                metrics.worked(clock.nanoTime() - started);
            }
            if (dirty.contains(item)) {
                queue.addLast(item);
                addedAt.putIfAbsent(item, clock.nanoTime());
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** No new items are accepted; workers get what is left, then empty. */
    public void shutDown() {
        lock.lock();
        try {
            shuttingDown = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        onShutDown();
    }

    /** Like {@link #shutDown()}, then waits until every item handed out has been marked done. */
    public void shutDownWithDrain() throws InterruptedException {
        shutDown();
        lock.lock();
        try {
            while (!processing.isEmpty()) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean isShuttingDown() {
        lock.lock();
        try {
            return shuttingDown;
        } finally {
            lock.unlock();
        }
    }

    /** For subclasses that hold items elsewhere (delayed items) and must stop too. */
    protected void onShutDown() {
    }

    protected Clock clock() {
        return clock;
    }
}
