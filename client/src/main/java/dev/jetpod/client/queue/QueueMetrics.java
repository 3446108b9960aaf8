package dev.jetpod.client.queue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A queue's meters, tagged with its name: {@code jetpod_workqueue_depth}, {@code _adds_total}, {@code _retries_total},
 * {@code _queue_duration_seconds} (waiting) and {@code _work_duration_seconds} (processing).
 */
final class QueueMetrics {
    private final Counter adds;
    private final Counter retries;
    private final Timer queued;
    private final Timer work;

    QueueMetrics(MeterRegistry registry, String name, Supplier<Number> depth) {
        Gauge.builder("jetpod.workqueue.depth", depth).tag("name", name).description("Items waiting to be processed").register(registry);
        adds = Counter.builder("jetpod.workqueue.adds").tag("name", name).description("Items added").register(registry);
        retries = Counter.builder("jetpod.workqueue.retries").tag("name", name).description("Rate-limited re-adds").register(registry);
        queued = Timer.builder("jetpod.workqueue.queue.duration").tag("name", name).description("Time items wait before processing").register(registry);
        work = Timer.builder("jetpod.workqueue.work.duration").tag("name", name).description("Time items spend in processing").register(registry);
    }

    void added() {
        adds.increment();
    }

    void retried() {
        retries.increment();
    }

    void waited(long nanos) {
        queued.record(nanos, TimeUnit.NANOSECONDS);
    }

    void worked(long nanos) {
        work.record(nanos, TimeUnit.NANOSECONDS);
    }

    double retryCount() {
        return retries.count();
    }
}
