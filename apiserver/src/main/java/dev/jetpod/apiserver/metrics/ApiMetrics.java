package dev.jetpod.apiserver.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The apiserver's own meters, defined once: requests by verb/resource/code, their latency, and open watches per
 * resource (Prometheus names apiserver_request_total, apiserver_request_duration_seconds, apiserver_open_watches),
 * unknown/duplicate fields found by field validation (apiserver_field_validation_problems_total{directive}) and
 * server-side applies refused for conflicts (apiserver_apply_conflicts_total{resource}).
 */
public final class ApiMetrics {
    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> openWatches = new ConcurrentHashMap<>();

    public ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void requestDone(String verb, String resource, int code, long nanos) {
        // meters are looked up in a local map: building a Meter.Id per request costs more than the request's own work
        counters.computeIfAbsent(new CounterKey(verb, resource, code), k -> Counter.builder("apiserver.request")
                .description("API requests by verb, resource and HTTP code")
                .tags("verb", verb, "resource", resource, "code", Integer.toString(code))
                .register(registry)).increment();
        timers.computeIfAbsent(new TimerKey(verb, resource), k -> Timer.builder("apiserver.request.duration")
                .description("API request latency by verb and resource (watches: until the stream starts)")
                .tags("verb", verb, "resource", resource)
                .publishPercentileHistogram(false)
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2))
                .register(registry)).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private record CounterKey(String verb, String resource, int code) {
    }

    private record TimerKey(String verb, String resource) {
    }

    private final Map<CounterKey, Counter> counters = new ConcurrentHashMap<>();
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    /** Unknown or duplicate fields found in a request, by the fieldValidation directive that judged them. */
    public void fieldValidationProblems(String directive, int count) {
        Counter.builder("apiserver.field.validation.problems").description("Unknown or duplicate fields found in request bodies, by fieldValidation directive")
                .tag("directive", directive).register(registry).increment(count);
    }

    /** A server-side apply refused because other managers own fields it would change. */
    public void applyConflict(String resource) {
        Counter.builder("apiserver.apply.conflicts").description("Server-side applies refused with a field-manager conflict, by resource")
                .tag("resource", resource).register(registry).increment();
    }

    public void watchOpened(String resource) {
        gauge(resource).incrementAndGet();
    }

    public void watchClosed(String resource) {
        gauge(resource).decrementAndGet();
    }

    public int openWatches() {
        return openWatches.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private AtomicInteger gauge(String resource) {
        return openWatches.computeIfAbsent(resource, r -> {
            AtomicInteger n = new AtomicInteger();
            Gauge.builder("apiserver.open.watches", n, AtomicInteger::get)
                    .description("Watch streams currently open, by resource")
                    .tag("resource", r)
                    .register(registry);
            return n;
        });
    }
}
