package dev.jetpod.apiserver.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code watchers} watch streams on pods while creates land at {@code ratePerSecond}; every ADDED frame's delivery
 * latency (from just before the POST to the frame's arrival) is recorded, from the annotation the pod carries.
 */
final class WatchFanout {
    private static final String MARK = "\"bench/sent\":\"";
    /** One watcher in this many measures latency; all of them are served and counted. */
    private static final int PROBE_EVERY = 10;

    private WatchFanout() {
    }

    record Result(Percentiles latency, long delivered, long expected, long created) {
    }

    static Result run(Vertx vertx, HttpClient http, int port, String ns, int watchers, int ratePerSecond, int seconds) throws Exception {
        Percentiles latency = new Percentiles();
        List<HttpClientResponse> streams = new ArrayList<>();
        String rv = currentResourceVersion(http, port, ns);
        CountDownLatch open = new CountDownLatch(watchers);
        java.util.concurrent.atomic.AtomicLong frames = new java.util.concurrent.atomic.AtomicLong();
        for (int i = 0; i < watchers; i++) {
            boolean probe = i % PROBE_EVERY == 0;
            RequestOptions o = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port).setIdleTimeout(0)
                    .setURI("/api/v1/namespaces/" + ns + "/pods?watch=true&resourceVersion=" + rv + "&timeoutSeconds=" + (seconds + 60));
            http.request(o).compose(req -> req.send()).onSuccess(resp -> {
                synchronized (streams) {
                    streams.add(resp);
                }
                LineSplitter lines = new LineSplitter(probe ? latency : null, frames);
                resp.handler(lines::feed);
                open.countDown();
            }).onFailure(e -> {
                System.out.println("  watch failed to open: " + e.getMessage());
                open.countDown();
            });
        }
        if (!open.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("watches did not open");
        }
        AtomicLong created = new AtomicLong();
        // names unique to this round: a second round in the same namespace must not collide with the first
        String round = "w" + Long.toString(System.nanoTime(), 36);
        AtomicLong seq = new AtomicLong();
        int perTick = Math.max(1, ratePerSecond / 100);
        long total = (long) ratePerSecond * seconds;
        CountDownLatch sent = new CountDownLatch(1);
        long timer = vertx.setPeriodic(10, t -> {
            for (int k = 0; k < perTick && seq.get() < total; k++) {
                Buffer body = PodBodies.podBuffer(round + "-" + seq.incrementAndGet(), System.nanoTime());
                RequestOptions o = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port)
                        .setURI("/api/v1/namespaces/" + ns + "/pods").putHeader("Content-Type", "application/json");
                http.request(o).compose(req -> req.send(body)).compose(r -> r.end().map(v -> r.statusCode()))
                        .onSuccess(code -> {
                            if (code == 201) {
                                created.incrementAndGet();
                            }
                        });
            }
            if (seq.get() >= total) {
                sent.countDown();
            }
        });
        sent.await(seconds * 3L, TimeUnit.SECONDS);
        vertx.cancelTimer(timer);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (frames.get() < created.get() * watchers && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        synchronized (streams) {
            for (HttpClientResponse r : streams) {
                r.request().connection().close();
            }
        }
        return new Result(latency, frames.get(), created.get() * watchers, created.get());
    }

    private static final byte[] MARK_BYTES = MARK.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ADDED = "{\"type\":\"ADDED\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Finds the send time in the frame's bytes without decoding the frame (the client shares the CPU with the server). */
    private static void record(byte[] b, int from, int to, Percentiles latency) {
        long now = System.nanoTime();
        if (indexOf(b, from, to, ADDED) != from) {
            return;
        }
        int at = indexOf(b, from, to, MARK_BYTES);
        if (at < 0) {
            return;
        }
        long sent = 0;
        for (int i = at + MARK_BYTES.length; i < to && b[i] != '"'; i++) {
            sent = sent * 10 + (b[i] - '0');
        }
        latency.add(now - sent);
    }

    /**
     * Splits a watch stream into frames. Every watcher counts its frames (with Netty's vectorised byte search); the
     * probe watchers also read the send time out of each frame, from the bytes, for the latency figure.
     */
    static final class LineSplitter {
        private final Percentiles latency;
        private final java.util.concurrent.atomic.AtomicLong frames;
        private byte[] carry = new byte[0];

        LineSplitter(Percentiles latency, java.util.concurrent.atomic.AtomicLong frames) {
            this.latency = latency;
            this.frames = frames;
        }

        void feed(Buffer chunk) {
            io.netty.buffer.ByteBuf buf = ((io.vertx.core.buffer.impl.BufferImpl) chunk).byteBuf();
            if (latency == null) {
                int at = buf.readerIndex();
                int end = buf.writerIndex();
                int n = 0;
                while (at < end && (at = buf.forEachByte(at, end - at, io.netty.util.ByteProcessor.FIND_LF)) >= 0) {
                    n++;
                    at++;
                }
                frames.addAndGet(n);
                return;
            }
            byte[] b = chunk.getBytes();
            if (carry.length > 0) {
                byte[] joined = new byte[carry.length + b.length];
                System.arraycopy(carry, 0, joined, 0, carry.length);
                System.arraycopy(b, 0, joined, carry.length, b.length);
                b = joined;
            }
            int start = 0;
            for (int i = 0; i < b.length; i++) {
                if (b[i] == '\n') {
                    frames.incrementAndGet();
                    record(b, start, i, latency);
                    start = i + 1;
                }
            }
            carry = start < b.length ? java.util.Arrays.copyOfRange(b, start, b.length) : new byte[0];
        }
    }

    private static int indexOf(byte[] b, int from, int to, byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String currentResourceVersion(HttpClient http, int port, String ns) throws Exception {
        RequestOptions o = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port).setURI("/api/v1/namespaces/" + ns + "/pods?limit=1");
        Future<Buffer> body = http.request(o).compose(req -> req.send()).compose(HttpClientResponse::body);
        String json = body.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).toString();
        int at = json.indexOf("\"resourceVersion\":\"");
        int from = at + "\"resourceVersion\":\"".length();
        return json.substring(from, json.indexOf('"', from));
    }
}
