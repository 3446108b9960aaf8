package dev.jetpod.client.bench;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ResourceClient;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.informer.Informer;
import dev.jetpod.client.informer.InformerOptions;
import dev.jetpod.client.informer.ResourceEventHandler;
import dev.jetpod.testkit.EtcdProcess;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figures for the client on this machine, against a real etcd and an in-process apiserver (one JVM):
 * async creates/s at a given concurrency, cold informer sync of N objects, and create-to-handler latency.
 * <pre>
 *   mvn -q -pl client -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 *   java -cp client/target/test-classes:client/target/classes:$(cat /tmp/cp.txt) dev.jetpod.client.bench.ClientBenchmark 10000 64
 * </pre>
 * Figures and their reading are in docs/benchmarks.md ("Client").
 */
public final class ClientBenchmark {
    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        try (EtcdProcess etcd = EtcdProcess.startNew()) {
            Vertx vertx = Vertx.vertx();
            RunningApiServer server = Await.result(ApiServer.start(vertx, ApiServerConfig.forTests(etcd.endpoint())));
            try (KubeClient client = KubeClient.create(vertx, ClientConfig.forServer(server.url()))) {
                client.blocking().resource(Resources.NAMESPACES).create(Namespace.of(ObjectMeta.named("bench")));
                ResourceClient<ConfigMap> cms = client.resource(Resources.CONFIGMAPS);

                long t0 = System.nanoTime();
                createAll(cms, "cm-", creates, concurrency);
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("creates: %d configmaps, concurrency %d: %.0f creates/s%n", creates, concurrency, creates / secs);

                long t1 = System.nanoTime();
                Informer<ConfigMap> inf = new Informer<>(client, Resources.CONFIGMAPS, InformerOptions.ALL.withNamespace("bench"));
                Await.result(inf.start());
                System.out.printf("informer cold sync of %d configmaps (pages of 500): %.0f ms%n", inf.cache().size(), (System.nanoTime() - t1) / 1e6);

                int n = 1000;
                Map<String, Long> sent = new ConcurrentHashMap<>();
                long[] latency = new long[n];
                AtomicInteger seen = new AtomicInteger();
                CountDownLatch all = new CountDownLatch(n);
                inf.addEventHandler(new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(ConfigMap o) {
                        Long start = sent.get(o.metadata().name());
                        if (start != null) {
                            latency[seen.getAndIncrement()] = System.nanoTime() - start;
                            all.countDown();
                        }
                    }
                });
                for (int i = 0; i < n; i++) {
                    String name = "lat-" + i;
                    sent.put(name, System.nanoTime());
                    Await.result(cms.create(ConfigMap.of(ObjectMeta.named("bench", name), Map.of("k", "v"))));
                }
                if (!all.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("not all events arrived");
                }
                Arrays.sort(latency);
                System.out.printf("create -> informer handler (%d sequential creates): p50 %.1f ms, p99 %.1f ms%n", n, latency[n / 2] / 1e6, latency[n * 99 / 100] / 1e6);
                inf.stop();
            } finally {
                Await.result(server.close());
                Await.result(vertx.close());
            }
        }
    }

    private static void createAll(ResourceClient<ConfigMap> cms, String prefix, int count, int concurrency) {
        AtomicInteger next = new AtomicInteger();
        List<Future<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Promise<Void> lane = Promise.promise();
            lanes.add(lane.future());
            createNext(cms, prefix, count, next, lane);
        }
        Await.result(Future.all(lanes));
    }

    private static void createNext(ResourceClient<ConfigMap> cms, String prefix, int count, AtomicInteger next, Promise<Void> lane) {
        int i = next.getAndIncrement();
        if (i >= count) {
            lane.complete();
            return;
        }
        cms.create(ConfigMap.of(ObjectMeta.named("bench", prefix + i), Map.of("k", "v")))
                .onSuccess(c -> createNext(cms, prefix, count, next, lane))
                .onFailure(lane::fail);
    }
}
