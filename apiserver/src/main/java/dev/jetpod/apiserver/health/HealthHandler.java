package dev.jetpod.apiserver.health;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * /livez (the process serves), /readyz and /healthz (every check passes; here: etcd reachable), answered as
 * kube-apiserver answers them: "ok" or, with ?verbose, one "[+]name ok" / "[-]name failed: reason" line per check
 * and a closing line. A failing check answers 500.
 */
public final class HealthHandler {
    private static final long CHECK_TIMEOUT_MS = 2000;

    private final Vertx vertx;
    private final List<HealthCheck> readiness;

    public HealthHandler(Vertx vertx, List<HealthCheck> readiness) {
        this.vertx = vertx;
        this.readiness = readiness;
    }

    public void livez(RoutingContext ctx) {
        answer(ctx, "livez", List.of(HealthCheck.of("ping", Future::succeededFuture)));
    }

    public void readyz(RoutingContext ctx) {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(HealthCheck.of("ping", Future::succeededFuture));
        checks.addAll(readiness);
        answer(ctx, "readyz", checks);
    }

    public void healthz(RoutingContext ctx) {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(HealthCheck.of("ping", Future::succeededFuture));
        checks.addAll(readiness);
        answer(ctx, "healthz", checks);
    }

    private void answer(RoutingContext ctx, String endpoint, List<HealthCheck> checks) {
        List<Future<String>> results = new ArrayList<>();
        for (HealthCheck c : checks) {
            results.add(withTimeout(c).map(v -> "[+]" + c.name() + " ok")
                    .otherwise(e -> "[-]" + c.name() + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        Future.join(new ArrayList<>(results)).onComplete(done -> {
            StringBuilder verbose = new StringBuilder();
            boolean ok = true;
            for (Future<String> r : results) {
                String line = r.result();
                ok &= line.startsWith("[+]");
                verbose.append(line).append('\n');
            }
            verbose.append(endpoint).append(ok ? " check passed\n" : " check failed\n");
            boolean wantVerbose = ctx.request().params().contains("verbose");
            ctx.response().setStatusCode(ok ? 200 : 500)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .end(ok && !wantVerbose ? "ok" : verbose.toString());
        });
    }

    private Future<Void> withTimeout(HealthCheck c) {
        io.vertx.core.Promise<Void> p = io.vertx.core.Promise.promise();
        long timer = vertx.setTimer(CHECK_TIMEOUT_MS, t -> p.tryFail(new TimeoutException("no answer within " + CHECK_TIMEOUT_MS + " ms")));
        c.check().onComplete(r -> {
            vertx.cancelTimer(timer);
            if (r.succeeded()) {
                p.tryComplete();
            } else {
                p.tryFail(r.cause());
            }
        });
        return p.future();
    }
}
