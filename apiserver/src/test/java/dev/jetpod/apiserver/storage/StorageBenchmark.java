package dev.jetpod.apiserver.storage;

import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.testkit.EtcdProcess;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.PutOption;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A storage-level micro-benchmark (not a test; the end-to-end figures come from {@code ./jetpod bench api}):
 * creates/s through the store vs raw jetcd transactions/s at the same concurrency, watch fan-out delivery latency,
 * and list latency from the watch cache and from etcd. Run with the test classpath:
 * {@code java -cp apiserver/target/test-classes:apiserver/target/classes:$(deps) dev.jetpod.apiserver.storage.StorageBenchmark}
 */
public final class StorageBenchmark {
    private static final int CONCURRENCY = 64;

    public static void main(String[] args) throws Exception {
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        try (EtcdProcess etcd = EtcdProcess.startNew()) {
            Vertx vertx = Vertx.vertx();
            StorageFactory storage = StorageFactory.create(vertx, StorageConfig.defaults(List.of(etcd.endpoint())), new SimpleMeterRegistry());
            ObjectStore<Pod> pods = storage.store(Resources.PODS);
            Client raw = Client.builder().endpoints(etcd.endpoint()).build();
            byte[] sample = Codecs.json().writeValueAsBytes(pod("bench", "sample"));
            System.out.printf("pod JSON: %d bytes%n", sample.length);

            // warm up both paths
            rate("warm-up raw", 2000, i -> rawCreate(raw, "/bench/warm/" + i, sample));
            rate("warm-up store", 2000, i -> toCf(vertx, () -> pods.create(pod("warm", "p-" + i))));

            double rawRate = rate("raw jetcd txn creates", creates, i -> rawCreate(raw, "/bench/raw/" + i, sample));
            double storeRate = rate("ObjectStore.create", creates, i -> toCf(vertx, () -> pods.create(pod("ns1", "p-" + i))));
            System.out.printf("ratio store/raw at concurrency %d: %.2f%n", CONCURRENCY, storeRate / rawRate);

            watchFanOut(vertx, pods, 100, 500, 10);
            listLatency(vertx, pods, storage);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after GC with %d+ pods cached: %d MiB%n", creates, (rt.totalMemory() - rt.freeMemory()) >> 20);

            raw.close();
            storage.close();
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    static Pod pod(String ns, String name) {
        Container c = Container.of("app", "registry.example/team/app:1.2.3")
                .withCommand(List.of("/bin/app", "--port=8080", "--log-level=info"))
                .withEnv(List.of(new dev.jetpod.api.core.v1.EnvVar("MODE", "production", null)));
        return Pod.of(ObjectMeta.named(ns, name).withLabels(Map.of("app", "bench", "tier", "backend", "pod-template-hash", "5d8f7c9b6"))
                .withAnnotation("example.com/owner", "team-a"), PodSpec.of(List.of(c)).withRestartPolicy("Always"));
    }

    private static CompletableFuture<?> rawCreate(Client raw, String key, byte[] value) {
        ByteSequence k = ByteSequence.from(key, StandardCharsets.UTF_8);
        return raw.getKVClient().txn().If(new Cmp(k, Cmp.Op.EQUAL, CmpTarget.createRevision(0)))
                .Then(Op.put(k, ByteSequence.from(value), PutOption.DEFAULT)).commit();
    }

    /** Runs the store call on a Vert.x event loop, as the HTTP side does. */
    private static CompletableFuture<?> toCf(Vertx vertx, java.util.function.Supplier<Future<?>> call) {
        Promise<Object> p = Promise.promise();
        vertx.runOnContext(v -> call.get().onComplete(ar -> p.handle(ar.map(x -> (Object) x))));
        return p.future().toCompletionStage().toCompletableFuture();
    }

    /** n operations, at most CONCURRENCY in flight; returns ops/s. */
    private static double rate(String what, int n, IntFunction<CompletableFuture<?>> op) throws Exception {
        AtomicInteger next = new AtomicInteger();
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger finished = new AtomicInteger();
        long start = System.nanoTime();
        Runnable[] loop = new Runnable[1];
        loop[0] = () -> {
            int i = next.getAndIncrement();
            if (i >= n) {
                return;
            }
            op.apply(i).whenComplete((r, t) -> {
                if (t != null) {
                    done.completeExceptionally(t);
                    return;
                }
                if (finished.incrementAndGet() == n) {
                    done.complete(null);
                } else {
                    loop[0].run();
                }
            });
        };
        for (int c = 0; c < CONCURRENCY; c++) {
            loop[0].run();
        }
        done.get(10, TimeUnit.MINUTES);
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%-24s %7.0f ops/s (%d ops, concurrency %d)%n", what, perSecond, n, CONCURRENCY);
        return perSecond;
    }

    private static void watchFanOut(Vertx vertx, ObjectStore<Pod> pods, int watchers, int perSecond, int seconds) throws Exception {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        String rv = Long.toString(pods.currentRevision());
        List<Watch> watches = new ArrayList<>();
        for (int w = 0; w < watchers; w++) {
            watches.add(toWatch(vertx, pods, rv, (type, pod, json) -> {
                Long t0 = sent.get(pod.metadata().name());
                if (type == WatchEvent.Type.ADDED && t0 != null) {
                    latencies.add(System.nanoTime() - t0);
                }
            }));
        }
        int total = perSecond * seconds;
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        List<CompletableFuture<?>> inflight = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String name = "w-" + i;
            sent.put(name, System.nanoTime());
            inflight.add(toCf(vertx, () -> pods.create(pod("watch", name))));
        }
        CompletableFuture.allOf(inflight.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latencies.size() < (long) total * watchers && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        watches.forEach(Watch::cancel);
        long[] l;
        synchronized (latencies) {
            l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf("watch fan-out: %d watchers, %d creates/s for %d s: %d/%d deliveries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                watchers, perSecond, seconds, l.length, (long) total * watchers, pct(l, 50), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
    }

    private interface Handler {
        void on(WatchEvent.Type type, Pod pod, byte[] json);
    }

    private static Watch toWatch(Vertx vertx, ObjectStore<Pod> pods, String rv, Handler h) throws Exception {
        Promise<Watch> p = Promise.promise();
        vertx.runOnContext(v -> p.complete(pods.watch(new WatchOptions<>("watch", null, rv, false), new WatchListener<>() {
            @Override
            public void onEvent(WatchEvent.Type type, Pod object, byte[] serializedObject) {
                h.on(type, object, serializedObject);
            }

            @Override
            public void onError(ApiException error) {
                System.err.println("watch error: " + error.getMessage());
            }
        })));
        return p.future().toCompletionStage().toCompletableFuture().get();
    }

    private static void listLatency(Vertx vertx, ObjectStore<Pod> pods, StorageFactory storage) throws Exception {
        EncodedList<Pod> all = await(toCf(vertx, () -> pods.listEncoded(new ListOptions<>("ns1", null, "0", 0, null))));
        int count = all.items().size();
        long[] cache = new long[20];
        long[] etcd = new long[10];
        for (int i = 0; i < cache.length; i++) {
            long t = System.nanoTime();
            EncodedList<Pod> l = await(toCf(vertx, () -> pods.listEncoded(new ListOptions<>("ns1", null, "0", 0, null))));
            l.toJson(Resources.PODS, Codecs.json());
            cache[i] = System.nanoTime() - t;
        }
        for (int i = 0; i < etcd.length; i++) {
            long t = System.nanoTime();
            EncodedList<Pod> l = await(toCf(vertx, () -> pods.listEncoded(new ListOptions<>("ns1", null, null, 0, null))));
            l.toJson(Resources.PODS, Codecs.json());
            etcd[i] = System.nanoTime() - t;
        }
        Arrays.sort(cache);
        Arrays.sort(etcd);
        System.out.printf("list of %d pods incl. JSON: from cache p50 %.1f ms (p90 %.1f); from etcd p50 %.1f ms (p90 %.1f)%n",
                count, pct(cache, 50), pct(cache, 90), pct(etcd, 50), pct(etcd, 90));
    }

    @SuppressWarnings("unchecked")
    private static <T> T await(CompletableFuture<?> f) throws Exception {
        return (T) f.get(1, TimeUnit.MINUTES);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
