package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.options.GetOption;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The apiserver's one connection to etcd: a jetcd {@link Client} shared by every store, watch cache and the compactor.
 *
 * <p>Every request goes through {@link #execute}, which bounds it (a gRPC deadline plus a timer), records its latency,
 * and turns failures into ApiExceptions: 503 ServiceUnavailable naming etcd while etcd is unreachable. Requests never
 * wait for a connection (gRPC wait-for-ready is off), so an outage answers fast instead of hanging.
 *
 * <p>gRPC reconnects with exponential backoff of up to two minutes, so after a long outage the shared channel could
 * stay in backoff well after etcd is back. While requests keep failing as unavailable, a probe opens a plain TCP
 * connection to the endpoints every second; once one answers, the client is rebuilt so storage serves again at once.
 * Watches pick up the new client when they resume.
 */
public final class EtcdConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EtcdConnection.class);
    private static final ByteSequence READY_KEY = KeyLayout.bytes("/registry/health");
    private static final long PROBE_PERIOD_MS = 1000;
    private static final long REBUILD_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long MIN_REBUILD_SPACING_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Shared by every client this connection builds: it has no threads, so nothing to close with a client. */
    private static final CallerRunsExecutor CALLER_RUNS = new CallerRunsExecutor();

    private final Vertx vertx;
    private final StorageConfig config;
    private final StorageMetrics metrics;
    private final NetClient probeClient;
    private final long probeTimer;
    private final AtomicLong unavailableSince = new AtomicLong();
    private final List<Runnable> reconnectListeners = new CopyOnWriteArrayList<>();
    private volatile Client client;
    private volatile long lastRebuild = System.nanoTime();
    private volatile boolean probing;
    private volatile boolean closed;

    EtcdConnection(Vertx vertx, StorageConfig config, StorageMetrics metrics) {
        this.vertx = vertx;
        this.config = config;
        this.metrics = metrics;
        this.client = buildClient();
        this.probeClient = vertx.createNetClient(new NetClientOptions().setConnectTimeout(1000));
        this.probeTimer = vertx.setPeriodic(PROBE_PERIOD_MS, id -> probeIfUnavailable());
    }

    StorageConfig config() {
        return config;
    }

    KV kv() {
        return client.getKVClient();
    }

    Watch watchClient() {
        return client.getWatchClient();
    }

    /** Runs {@code listener} after the client was rebuilt, so watches can resume at once instead of at their next retry. */
    void onReconnect(Runnable listener) {
        reconnectListeners.add(listener);
    }

    /**
     * Runs one etcd request, bounded by the request timeout, timed under {@code operation}/{@code resource}, failing
     * with an ApiException. The future completes on the caller's Vert.x context.
     */
    <R> Future<R> execute(String operation, String resource, Supplier<CompletableFuture<R>> request) {
        Timer timer = metrics.etcdRequest(operation, resource);
        long start = System.nanoTime();
        CompletableFuture<R> cf;
        try {
            cf = request.get().orTimeout(config.requestTimeout().toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            cf = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<R> observed = cf.whenComplete((r, t) -> {
            timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            recordOutcome(t);
            if (t != null) {
                metrics.etcdError(operation, resource);
            }
        });
        return Future.fromCompletionStage(observed, vertx.getOrCreateContext())
                .recover(t -> Future.failedFuture(EtcdErrors.toApiException(operation + " " + resource, t)));
    }

    /** A cheap read with a short timeout: succeeds when etcd answers, fails with 503 otherwise. For /readyz. */
    public Future<Void> checkReady() {
        long timeoutMs = Math.min(2000, config.requestTimeout().toMillis());
        return execute("readiness", "etcd", () -> kv().get(READY_KEY, GetOption.builder().withCountOnly(true).build())
                .orTimeout(timeoutMs, TimeUnit.MILLISECONDS))
                .<Void>mapEmpty()
                .recover(t -> Future.failedFuture(t instanceof ApiException a && a.code() == 503 ? a
                        : ApiException.unavailable("etcd is not ready: " + t.getMessage())));
    }

    /** Reports how an etcd call ended, so a long streak of unavailability triggers the reconnect probe. */
    void recordOutcome(Throwable failure) {
        if (failure == null) {
            unavailableSince.set(0);
        } else if (EtcdErrors.isConnectionFailure(failure)) {
            unavailableSince.compareAndSet(0, System.nanoTime());
        }
    }

    private void probeIfUnavailable() {
        long since = unavailableSince.get();
        long now = System.nanoTime();
        if (closed || probing || since == 0 || now - since < REBUILD_AFTER_NANOS || now - lastRebuild < MIN_REBUILD_SPACING_NANOS) {
            return;
        }
        probing = true;
        List<Future<Void>> attempts = new ArrayList<>();
        for (String endpoint : config.endpoints()) {
            URI uri = URI.create(endpoint);
            attempts.add(probeClient.connect(uri.getPort(), uri.getHost()).compose(socket -> socket.close()));
        }
        Future.any(attempts).onComplete(ar -> {
            probing = false;
            if (ar.succeeded() && !closed && unavailableSince.get() != 0) {
                rebuildClient();
            }
        });
    }

    private synchronized void rebuildClient() {
        LOG.info("etcd endpoints {} accept connections again; reconnecting the etcd client", config.endpoints());
        Client old = client;
        client = buildClient();
        lastRebuild = System.nanoTime();
        unavailableSince.set(0);
        reconnectListeners.forEach(Runnable::run);
        // let requests already on the old client finish or time out before closing it under them
        vertx.setTimer(config.requestTimeout().toMillis() + 500, id -> old.close());
    }

    private Client buildClient() {
        long deadlineMs = config.requestTimeout().toMillis();
        return Client.builder()
                .endpoints(config.endpoints().toArray(String[]::new))
                .waitForReady(false)
                .interceptor(new UnaryDeadline(deadlineMs))
                .connectTimeout(Duration.ofSeconds(2))
                .keepaliveTime(Duration.ofSeconds(10))
                .keepaliveTimeout(Duration.ofSeconds(5))
                .retryMaxAttempts(2)
                .retryDelay(50)
                .retryMaxDelay(500)
                .retryMaxDuration(config.requestTimeout())
                // lists of thousands of objects come in pages, but a page of large objects may exceed gRPC's 4 MiB default
                .maxInboundMessageSize(64 * 1024 * 1024)
                .executorService(CALLER_RUNS)
                .build();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        vertx.cancelTimer(probeTimer);
        probeClient.close();
        client.close();
    }

    /** Gives every unary etcd call a deadline; watch streams stay open as long as they are wanted. */
    private static final class UnaryDeadline implements ClientInterceptor {
        private final long deadlineMs;

        UnaryDeadline(long deadlineMs) {
            this.deadlineMs = deadlineMs;
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            if (method.getType() == MethodDescriptor.MethodType.UNARY && options.getDeadline() == null) {
                options = options.withDeadlineAfter(deadlineMs, TimeUnit.MILLISECONDS);
            }
            return next.newCall(method, options);
        }
    }

    static String utf8(ByteSequence b) {
        return b.toString(StandardCharsets.UTF_8);
    }
}
