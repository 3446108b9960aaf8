package dev.jetpod.apiserver.bench;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.op.Cmp;
import io.etcd.jetcd.op.CmpTarget;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.PutOption;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Creates per second at a fixed concurrency: through the apiserver (HTTP POST of pods) and as raw etcd transactions. */
final class CreateThroughput {
    private CreateThroughput() {
    }

    /** {@code concurrency} requests always in flight for {@code duration}; answers creates/s (201s only). */
    static double apiserver(Vertx vertx, HttpClient http, int port, String namespace, int concurrency, Duration duration, String prefix) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            vertx.runOnContext(v -> postLoop(http, port, namespace, prefix, seq, ok, failed, end, done));
        }
        done.await();
        double secs = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            System.out.println("  (apiserver create failures: " + failed.get() + ")");
        }
        return ok.get() / secs;
    }

    private static void postLoop(HttpClient http, int port, String ns, String prefix, AtomicLong seq, AtomicLong ok, AtomicLong failed, long end, CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        Buffer body = PodBodies.podBuffer(prefix + seq.incrementAndGet(), System.nanoTime());
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                .setURI("/api/v1/namespaces/" + ns + "/pods").putHeader("Content-Type", "application/json");
        // the answer is read to its end but not kept or decoded: only the status code counts
        http.request(o).compose(req -> req.send(body)).compose(resp -> resp.end().map(v -> resp.statusCode()))
                .onComplete(ar -> {
                    if (ar.succeeded() && ar.result() == 201) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    postLoop(http, port, ns, prefix, seq, ok, failed, end, done);
                });
    }

    /**
     * The same work etcd does for a create: one transaction "create if absent" with a pod-sized value, under a key of
     * the same length (outside the apiserver's prefixes, so its watch cache does not see them). Keys are unique per call
     * ({@code prefix}), so every transaction writes.
     */
    static double rawEtcd(Client etcd, int concurrency, Duration duration, String prefix) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong seq = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            txnLoop(etcd, prefix, seq, ok, end, done);
        }
        done.await();
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void txnLoop(Client etcd, String prefix, AtomicLong seq, AtomicLong ok, long end, CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        String name = prefix + seq.incrementAndGet();
        ByteSequence key = ByteSequence.from("/bench/raw/pods/default/" + name, StandardCharsets.UTF_8);
        ByteSequence value = ByteSequence.from(PodBodies.podBytes(name, System.nanoTime()));
        etcd.getKVClient().txn()
                .If(new Cmp(key, Cmp.Op.EQUAL, CmpTarget.modRevision(0)))
                .Then(Op.put(key, value, PutOption.DEFAULT))
                .commit()
                .whenComplete((r, e) -> {
                    if (e == null && r.isSucceeded()) {
                        ok.incrementAndGet();
                    }
                    txnLoop(etcd, prefix, seq, ok, end, done);
                });
    }
}
