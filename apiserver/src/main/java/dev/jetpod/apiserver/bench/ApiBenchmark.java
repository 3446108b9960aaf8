package dev.jetpod.apiserver.bench;

import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import io.etcd.jetcd.Client;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./jetpod bench api}: the API server's figures, measured side by side in one run on private etcds.
 * <ol>
 * <li>pod creates/s through the apiserver vs raw etcd create transactions/s, both at concurrency 64;</li>
 * <li>watch fan-out: 100 watchers on pods while 500 creates/s land, p99 delivery latency;</li>
 * <li>list of 10,000 pods, p50, from the watch cache (resourceVersion=0) and from etcd;</li>
 * <li>resident memory of an apiserver process with those 10,000 pods stored.</li>
 * </ol>
 * Options: {@code --seconds N} per throughput phase (default 10), {@code --warmup N} (default 25), {@code --phases 1234}.
 */
public final class ApiBenchmark {
    private static final int CONCURRENCY = 64;
    /** Phase 1 alternates the apiserver and raw etcd in this many rounds each. */
    private static final int ROUNDS = 5;

    private ApiBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception e) {
            // Vert.x threads would keep the JVM alive after a failed phase: say what failed and exit
            System.err.println("api benchmark failed: " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int seconds = 10;
        // the apiserver's JIT compiles for some 40 s on two busy cores (measured: compiler threads at ~0.45 cores until
        // then, ~0.02 after); measuring before it settles measures the compiler
        int warmup = 45;
        String phases = "1234";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--phases" -> phases = args[i + 1];
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: ApiBenchmark [--seconds N] [--warmup N] [--phases 1234]");
            }
        }
        Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        System.out.println("Jetpod API server benchmark (" + Runtime.getRuntime().availableProcessors() + " CPUs, etcd data on " + base + ")");
        System.out.println("apiserver: its own process, JVM flags " + ApiServerProcess.javaOpts() + " (phases 1 and 2: " + ApiServerProcess.LOAD_PHASE_HEAP
                + "); load generator and raw jetcd client: this JVM");
        Vertx vertx = Vertx.vertx();
        // the load generator gets its own event loops, so it does not queue behind the server's work
        Vertx clients = Vertx.vertx(new io.vertx.core.VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = clients.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(CONCURRENCY + 8));
        HttpClient watchHttp = clients.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true), new PoolOptions().setHttp1MaxSize(128));
        // each phase gets its own etcd and apiserver process: the pods one phase leaves in the watch cache (some 100,000
        // after phase 1) are not the next phase's working set
        if (phases.contains("1")) {
            try (EtcdLauncher etcd = EtcdLauncher.start(base); Client raw = Client.builder().endpoints(etcd.endpoint()).build();
                 ApiServerProcess server = ApiServerProcess.start(etcd.endpoint(), ApiServerProcess.LOAD_PHASE_HEAP)) {
                awaitReady(http, server.port());
                createNamespace(http, server.port(), "bench");
                System.out.println("\n1. creates/s at concurrency " + CONCURRENCY + ", after " + warmup + " s of warm-up; " + ROUNDS
                        + " interleaved rounds of " + seconds / (double) ROUNDS + " s each side");
                CreateThroughput.apiserver(clients, http, server.port(), "bench", CONCURRENCY, Duration.ofSeconds(warmup), "warm-");
                CreateThroughput.rawEtcd(raw, CONCURRENCY, Duration.ofSeconds(Math.max(3, warmup / 5)), "warm-");
                // alternating short rounds: both sides see the same etcd (its size grows as the run goes on) and the same
                // machine (other work comes and goes)
                Duration round = Duration.ofMillis(seconds * 1000L / ROUNDS);
                double apiSum = 0;
                double rawSum = 0;
                CpuAccounting apiCpu = new CpuAccounting().add("apiserver", server.pid()).add("etcd", etcd.pid()).add("load generator", ProcessHandle.current().pid());
                CpuAccounting rawCpu = new CpuAccounting().add("etcd", etcd.pid()).add("load generator", ProcessHandle.current().pid());
                for (int r = 0; r < ROUNDS; r++) {
                    apiCpu.resume();
                    apiSum += CreateThroughput.apiserver(clients, http, server.port(), "bench", CONCURRENCY, round, "p" + r + "-");
                    apiCpu.pause();
                    rawCpu.resume();
                    rawSum += CreateThroughput.rawEtcd(raw, CONCURRENCY, round, "p" + r + "-");
                    rawCpu.pause();
                }
                double api = apiSum / ROUNDS;
                double etcdTx = rawSum / ROUNDS;
                System.out.printf("   apiserver pod creates/s: %.0f%n     CPU: %s%n   raw etcd txns/s:         %.0f%n     CPU: %s%n   ratio:                   %.2f (goal >= 0.7)%n",
                        api, apiCpu.cores(), etcdTx, rawCpu.cores(), api / etcdTx);
            }
        }
        if (phases.contains("2")) {
            try (EtcdLauncher etcd = EtcdLauncher.start(base); ApiServerProcess server = ApiServerProcess.start(etcd.endpoint(), ApiServerProcess.LOAD_PHASE_HEAP)) {
                awaitReady(http, server.port());
                createNamespace(http, server.port(), "fanout");
                createNamespace(http, server.port(), "fanout-warm");
                CpuAccounting cpu = new CpuAccounting().add("apiserver", server.pid()).add("etcd", etcd.pid())
                        .add("load generator", ProcessHandle.current().pid());
                System.out.println("\n2. watch fan-out: 100 watchers on pods, 500 creates/s for " + seconds + " s");
                // unmeasured: creates at full speed, then a fan-out round, so that the JIT has compiled the create and
                // the watch paths (at 500 creates/s alone the create path takes minutes to reach C2)
                CreateThroughput.apiserver(clients, http, server.port(), "fanout-warm", CONCURRENCY, Duration.ofSeconds(Math.max(5, warmup / 3)), "warm-");
                WatchFanout.run(clients, watchHttp, server.port(), "fanout", 100, 500, Math.max(5, warmup / 3));
                cpu.begin();
                WatchFanout.Result fan = WatchFanout.run(clients, watchHttp, server.port(), "fanout", 100, 500, seconds);
                System.out.printf("   frames delivered: %d of %d; latency (every 10th watcher, %d samples) p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 < 50 ms)%n     CPU: %s%n",
                        fan.delivered(), fan.expected(), fan.latency().count(), fan.latency().millis(50), fan.latency().millis(99), fan.latency().millis(100),
                        cpu.cores());
            }
        }

        if (!phases.contains("3") && !phases.contains("4")) {
            clients.close();
            vertx.close();
            return;
        }
        try (EtcdLauncher etcd = EtcdLauncher.start(base)) {
            RunningApiServer server = ApiServer.start(vertx, ApiServerConfig.forTests(etcd.endpoint())).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            awaitReady(http, server.port());
            createNamespace(http, server.port(), "list");
            System.out.println("\n3. list of 10,000 pods");
            ListLatency.populate(clients, http, server.port(), "list", 10_000, CONCURRENCY);
            ListLatency.Result lists = ListLatency.measure(http, server.port(), "list", 21);
            System.out.printf("   from the watch cache (resourceVersion=0): p50 %.1f ms (goal <= 100 ms)%n   from etcd (consistent read):              p50 %.1f ms%n   (%d items, %.1f MB per response)%n",
                    lists.cacheP50(), lists.etcdP50(), lists.items(), lists.bytes() / 1e6);
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

            System.out.println("\n4. apiserver resident memory with 10,000 pods stored (own process, flags as ./jetpod up)");
            MemoryProbe.Result mem = MemoryProbe.measure(etcd.endpoint(), http);
            System.out.printf("   VmRSS %.0f MB, VmHWM %.0f MB (after start, cache load and two full lists); heap in use after a full GC %.0f MB%n",
                    mem.rssKb() / 1024.0, mem.hwmKb() / 1024.0, mem.heapUsedBytes() / 1048576.0);
        } finally {
            clients.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    static void awaitReady(HttpClient http, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int code = status(http, port, HttpMethod.GET, "/readyz", null);
            if (code == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("apiserver not ready on port " + port);
    }

    static void createNamespace(HttpClient http, int port, String name) throws Exception {
        int code = status(http, port, HttpMethod.POST, "/api/v1/namespaces", "{\"metadata\":{\"name\":\"" + name + "\"}}");
        if (code != 201 && code != 409) {
            throw new IllegalStateException("could not create namespace " + name + ": " + code);
        }
    }

    static int status(HttpClient http, int port, HttpMethod method, String uri, String body) throws Exception {
        RequestOptions o = new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(port).setURI(uri).putHeader("Content-Type", "application/json");
        return http.request(o).compose(req -> body == null ? req.send() : req.send(body))
                .compose(r -> r.body().map(b -> r.statusCode()))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
