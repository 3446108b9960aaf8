package dev.jetpod.apiserver.storage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The storage layer's meters, defined here once. Names follow kube-apiserver's where one exists (Prometheus names in
 * brackets): etcd request latency by operation and resource [etcd_request_duration_seconds], etcd request errors
 * [etcd_request_errors_total], objects in each watch cache [apiserver_watch_cache_objects], open watchers per resource
 * [apiserver_registered_watchers], events dispatched to watchers [apiserver_watch_events_total], events received from
 * etcd [apiserver_watch_cache_events_received_total], watchers closed by the store [apiserver_terminated_watchers_total],
 * compactions [etcd_compactions_total].
 */
final class StorageMetrics {
    /** kube-apiserver's etcd latency buckets, trimmed: a full percentile histogram per operation and resource is too many series. */
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1500), Duration.ofSeconds(3),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<String, Timer> requestTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    StorageMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer etcdRequest(String operation, String resource) {
        return requestTimers.computeIfAbsent(operation + '\0' + resource, k -> Timer.builder("etcd.request.duration")
                .description("Latency of etcd requests by operation and resource")
                .tag("operation", operation)
                .tag("resource", resource)
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry));
    }

    void etcdError(String operation, String resource) {
        counter("etcd.request.errors", "etcd requests that failed", "operation", operation, "resource", resource).increment();
    }

    void watchCacheGauges(String resource, Supplier<Number> objects, Supplier<Number> watchers) {
        Gauge.builder("apiserver.watch.cache.objects", objects).description("Objects held in the watch cache")
                .tag("resource", resource).register(registry);
        Gauge.builder("apiserver.registered.watchers", watchers).description("Open watches served by the watch cache")
                .tag("resource", resource).register(registry);
    }

    Counter eventsDispatched(String resource) {
        return counter("apiserver.watch.events", "Watch events delivered to watchers", "resource", resource);
    }

    Counter eventsReceived(String resource) {
        return counter("apiserver.watch.cache.events.received", "Events the watch cache received from etcd", "resource", resource);
    }

    void watcherTerminated(String resource, String reason) {
        counter("apiserver.terminated.watchers", "Watchers closed by the store", "resource", resource, "reason", reason).increment();
    }

    void cacheRelisted(String resource) {
        counter("apiserver.watch.cache.relists", "Times a watch cache re-listed from etcd", "resource", resource).increment();
    }

    void compaction(String outcome) {
        counter("etcd.compactions", "etcd compactions the apiserver ran", "outcome", outcome).increment();
    }

    private Counter counter(String name, String description, String... tags) {
        return counters.computeIfAbsent(name + '\0' + String.join("\0", tags),
                k -> Counter.builder(name).description(description).tags(tags).register(registry));
    }
}
