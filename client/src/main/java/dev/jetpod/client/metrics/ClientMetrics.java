package dev.jetpod.client.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client's meters, defined in one place. The registry is the component's (injected), so a process that runs
 * several components exposes them all on its /metrics; Prometheus names are {@code jetpod_client_requests_total},
 * {@code jetpod_client_request_duration_seconds}, {@code jetpod_client_watches_open},
 * {@code jetpod_informer_relists_total}, {@code jetpod_informer_watch_restarts_total}.
 */
public final class ClientMetrics {
    private final MeterRegistry registry;
    private final AtomicInteger openWatches = new AtomicInteger();

    public ClientMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("jetpod.client.watches.open", openWatches);
    }

    /** Meters that go nowhere but can still be read in tests. */
    public static ClientMetrics unregistered() {
        return new ClientMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * One finished request (or the headers of a stream).
     *
     * @param verb  get, list, watch, create, update, patch, delete, deletecollection, or the HTTP method for raw requests
     * @param code  the HTTP status, or "error" when no response came
     */
    public void request(String verb, String code, long nanos) {
        Counter.builder("jetpod.client.requests").description("Requests to the apiserver by verb and response code")
                .tag("verb", verb).tag("code", code).register(registry).increment();
        Timer.builder("jetpod.client.request.duration").description("Time to the response headers")
                .tag("verb", verb).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void watchOpened() {
        openWatches.incrementAndGet();
    }

    public void watchClosed() {
        openWatches.decrementAndGet();
    }

    /** An informer listed again after its watch expired (410) or failed; resource is e.g. "pods". */
    public void informerRelist(String resource) {
        Counter.builder("jetpod.informer.relists").description("Full relists after a watch expired or failed")
                .tag("resource", resource).register(registry).increment();
    }

    public void informerWatchRestart(String resource) {
        Counter.builder("jetpod.informer.watch.restarts").description("Watches re-opened from the last seen resourceVersion")
                .tag("resource", resource).register(registry).increment();
    }

    public double requestCount(String verb, String code) {
        Counter c = registry.find("jetpod.client.requests").tag("verb", verb).tag("code", code).counter();
        return c == null ? 0 : c.count();
    }

    public double relistCount(String resource) {
        Counter c = registry.find("jetpod.informer.relists").tag("resource", resource).counter();
        return c == null ? 0 : c.count();
    }
}
