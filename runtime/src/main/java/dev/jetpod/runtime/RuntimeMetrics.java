package dev.jetpod.runtime;

import dev.jetpod.runtime.container.ContainerStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Supplier;

/**
 * The runtime's meters, defined once: create/start/stop/remove/exec latencies by result, sandbox
 * creations, and container exits by Kubernetes reason (counted when a stopped container is removed).
 */
final class RuntimeMetrics {
    private final MeterRegistry registry;

    RuntimeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times one operation, tagged result=ok|error. */
    <T> T time(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String result = "error";
        try {
            T value = call.get();
            result = "ok";
            return value;
        } finally {
            Timer.builder("jetpod.runtime.operation").description("container runtime operations")
                    .tag("operation", operation).tag("result", result).register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    void time(String operation, Runnable call) {
        time(operation, () -> {
            call.run();
            return null;
        });
    }

    void exited(ContainerStatus status) {
        status.reason().ifPresent(r -> Counter.builder("jetpod.runtime.container.exits")
                .description("containers removed after they stopped, by termination reason")
                .tag("reason", r.kubernetesName()).register(registry).increment());
    }
}
