package dev.jetpod.apiserver.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Lists of many pods: from the watch cache (resourceVersion=0) and from etcd (no resourceVersion), p50 of N. */
final class ListLatency {
    private ListLatency() {
    }

    record Result(double cacheP50, double etcdP50, int items, long bytes) {
    }

    static void populate(Vertx vertx, HttpClient http, int port, String ns, int count, int concurrency) throws Exception {
        long before = System.nanoTime();
        // creates until `count` pods exist, at full concurrency
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (countPods(http, port, ns) < count && System.nanoTime() < deadline) {
            CreateThroughput.apiserver(vertx, http, port, ns, concurrency, Duration.ofSeconds(2), "l-" + System.nanoTime() + "-");
        }
        // trim to exactly `count`, so the figure is about 10,000 pods
        int have = countPods(http, port, ns);
        String list = get(http, port, "/api/v1/namespaces/" + ns + "/pods?resourceVersion=0").toString();
        int at = 0;
        for (int extra = have - count; extra > 0; extra--) {
            at = list.indexOf("\"name\":\"l-", at + 1);
            int from = at + "\"name\":\"".length();
            String name = list.substring(from, list.indexOf('"', from));
            ApiBenchmark.status(http, port, HttpMethod.DELETE, "/api/v1/namespaces/" + ns + "/pods/" + name, null);
        }
        System.out.printf("   stored %d pods in %.1f s%n", countPods(http, port, ns), (System.nanoTime() - before) / 1e9);
    }

    static Result measure(HttpClient http, int port, String ns, int runs) throws Exception {
        Percentiles cache = new Percentiles();
        Percentiles etcd = new Percentiles();
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Buffer b = get(http, port, "/api/v1/namespaces/" + ns + "/pods?resourceVersion=0");
            cache.add(System.nanoTime() - t0);
            bytes = b.length();
            long t1 = System.nanoTime();
            get(http, port, "/api/v1/namespaces/" + ns + "/pods");
            etcd.add(System.nanoTime() - t1);
        }
        return new Result(cache.millis(50), etcd.millis(50), countPods(http, port, ns), bytes);
    }

    static int countPods(HttpClient http, int port, String ns) throws Exception {
        String s = get(http, port, "/api/v1/namespaces/" + ns + "/pods?resourceVersion=0").toString();
        int n = 0;
        int at = 0;
        while ((at = s.indexOf("\"kind\":\"Pod\"", at + 1)) >= 0) {
            n++;
        }
        return n;
    }

    static Buffer get(HttpClient http, int port, String uri) throws Exception {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port).setURI(uri);
        return http.request(o).compose(req -> req.send()).compose(HttpClientResponse::body)
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
