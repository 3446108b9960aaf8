package dev.jetpod.apiserver.health;

import io.vertx.core.Future;

/** One named check of /readyz (and /healthz): succeeds when healthy, fails with the reason otherwise. */
public interface HealthCheck {
    String name();

    Future<Void> check();

    static HealthCheck of(String name, java.util.function.Supplier<Future<Void>> check) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Future<Void> check() {
                return check.get();
            }
        };
    }
}
