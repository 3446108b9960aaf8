package dev.jetpod.apiserver.bench;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/** The pod the benchmarks create: a typical single-container pod, about 600 bytes of JSON. */
final class PodBodies {
    private static final String HEAD = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"";
    private static final String MIDDLE = "\",\"labels\":{\"app\":\"bench\",\"tier\":\"web\"},\"annotations\":{\"bench/sent\":\"";
    private static final String TAIL = "\"}},"
            + "\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"registry.example/web:1.2.3\",\"args\":[\"--port=8080\"],"
            + "\"ports\":[{\"containerPort\":8080,\"protocol\":\"TCP\"}],\"env\":[{\"name\":\"MODE\",\"value\":\"prod\"}],"
            + "\"resources\":{\"requests\":{\"cpu\":\"100m\",\"memory\":\"64Mi\"},\"limits\":{\"cpu\":\"500m\",\"memory\":\"128Mi\"}}}],"
            + "\"restartPolicy\":\"Always\",\"terminationGracePeriodSeconds\":30}}";
    private static final byte[] HEAD_BYTES = HEAD.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIDDLE_BYTES = MIDDLE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL_BYTES = TAIL.getBytes(StandardCharsets.US_ASCII);

    private PodBodies() {
    }

    static String pod(String name, long sentNanos) {
        return HEAD + name + MIDDLE + sentNanos + TAIL;
    }

    /** The same JSON as {@link #pod}, assembled from pre-encoded parts (the load generator shares the cores with the server). */
    static byte[] podBytes(String name, long sentNanos) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        byte[] t = Long.toString(sentNanos).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[HEAD_BYTES.length + n.length + MIDDLE_BYTES.length + t.length + TAIL_BYTES.length];
        int p = 0;
        for (byte[] part : new byte[][] {HEAD_BYTES, n, MIDDLE_BYTES, t, TAIL_BYTES}) {
            System.arraycopy(part, 0, out, p, part.length);
            p += part.length;
        }
        return out;
    }

    static Buffer podBuffer(String name, long sentNanos) {
        return Buffer.buffer(podBytes(name, sentNanos));
    }
}
