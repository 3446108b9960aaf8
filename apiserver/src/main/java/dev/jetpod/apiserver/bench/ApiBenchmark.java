package dev.jetpod.apiserver.bench;

import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import io.etcd.jetcd.Client;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        // the JIT compiles the create path for a good 20 s; measuring before it settles measures the compiler
        int warmup = 25;
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
        Vertx vertx = Vertx.vertx();
        // the load generator gets its own event loops, so it does not queue behind the server's work
        Vertx clients = Vertx.vertx(new io.vertx.core.VertxOptions().setEventLoopPoolSize(2));
        HttpClient http = clients.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(CONCURRENCY + 8));
        HttpClient watchHttp = clients.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(128));
        try (EtcdLauncher etcd = EtcdLauncher.start(base); Client raw = Client.builder().endpoints(etcd.endpoint()).build()) {
            RunningApiServer server = ApiServer.start(vertx, ApiServerConfig.forTests(etcd.endpoint())).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            awaitReady(http, server.port());
            createNamespace(http, server.port(), "bench");
            createNamespace(http, server.port(), "fanout");

            if (phases.contains("1")) {
            System.out.println("\n1. creates/s at concurrency " + CONCURRENCY + " (" + seconds + " s each, after " + warmup + " s of warm-up)");
            CreateThroughput.apiserver(clients, http, server.port(), "bench", CONCURRENCY, Duration.ofSeconds(warmup), "warm-");
            CreateThroughput.rawEtcd(raw, CONCURRENCY, Duration.ofSeconds(Math.max(3, warmup / 5)));
            double api = CreateThroughput.apiserver(clients, http, server.port(), "bench", CONCURRENCY, Duration.ofSeconds(seconds), "p-");
            double etcdTx = CreateThroughput.rawEtcd(raw, CONCURRENCY, Duration.ofSeconds(seconds));
            System.out.printf("   apiserver pod creates/s: %.0f%n   raw etcd txns/s:         %.0f%n   ratio:                   %.2f (goal >= 0.7)%n", api, etcdTx, api / etcdTx);
            }
            if (phases.contains("2")) {

            System.out.println("\n2. watch fan-out: 100 watchers on pods, 500 creates/s for " + seconds + " s");
            // a first, unmeasured round compiles the watch path
            WatchFanout.run(clients, watchHttp, server.port(), "fanout", 100, 500, Math.max(5, warmup / 3));
            WatchFanout.Result fan = WatchFanout.run(clients, watchHttp, server.port(), "fanout", 100, 500, seconds);
            System.out.printf("   frames delivered: %d of %d; latency (every 10th watcher, %d samples) p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 < 50 ms)%n",
                    fan.delivered(), fan.expected(), fan.latency().count(), fan.latency().millis(50), fan.latency().millis(99), fan.latency().millis(100));
            }
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
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


    /** The classpath this JVM runs with, for the child apiserver. */
    static List<String> childCommand(String etcd) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:+UseSerialGC", "-Xss512k", "-cp", System.getProperty("java.class.path"), "dev.jetpod.apiserver.Main",
                "--etcd-servers", etcd, "--bind-address", "127.0.0.1", "--port", "0");
    }

    static String readListeningUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException closed) {
                        // the child was stopped; its output ends here
                    }
                }, "child-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + "listening on ".length()).trim();
            }
        }
        throw new IllegalStateException("child apiserver exited before listening");
    }
}
