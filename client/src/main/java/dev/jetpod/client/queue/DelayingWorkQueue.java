package dev.jetpod.client.queue;

import dev.jetpod.client.clock.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link WorkQueue} that can also add an item after a delay. Delayed items wait in a heap watched by one daemon
 * thread; an item delayed twice keeps the earlier time. Lock order: this class's lock, then the queue's.
 */
public class DelayingWorkQueue<K> extends WorkQueue<K> {
    private record Waiting<K>(K item, long readyAt, long seq) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Waiting<K>> heap = new PriorityQueue<>((a, b) -> a.readyAt != b.readyAt
            ? Long.compare(a.readyAt, b.readyAt) : Long.compare(a.seq, b.seq));
    private final Map<K, Waiting<K>> waiting = new HashMap<>();
    private final Thread waiter;
    private long seq;
    private boolean stopped;

    public DelayingWorkQueue(String name, MeterRegistry registry, Clock clock) {
        super(name, registry, clock);
        waiter = new Thread(this::waitLoop, "workqueue-" + name + "-delay");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** Adds the item once {@code delay} has passed (at once if it is not positive). */
    public void addAfter(K item, Duration delay) {
        if (isShuttingDown()) {
            return;
        }
        if (delay.isNegative() || delay.isZero()) {
            add(item);
            return;
        }
        long readyAt = clock().nanoTime() + delay.toNanos();
        lock.lock();
        try {
            Waiting<K> existing = waiting.get(item);
            if (existing != null) {
                if (existing.readyAt() <= readyAt) {
                    return;
                }
                heap.remove(existing);
            }
            Waiting<K> w = new Waiting<>(item, readyAt, seq++);
            waiting.put(item, w);
            heap.add(w);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Items waiting for their delay to pass. */
    public int waitingLength() {
        lock.lock();
        try {
            return heap.size();
        } finally {
            lock.unlock();
        }
    }

    private void waitLoop() {
        lock.lock();
        try {
            while (!stopped) {
                Waiting<K> next = heap.peek();
                if (next == null) {
                    changed.await();
                    continue;
                }
                long wait = next.readyAt() - clock().nanoTime();
                if (wait > 0) {
                    changed.awaitNanos(wait);
                    continue;
                }
                heap.poll();
                waiting.remove(next.item());
                add(next.item());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void onShutDown() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
