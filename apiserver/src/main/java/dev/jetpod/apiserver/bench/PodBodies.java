package dev.jetpod.apiserver.bench;

/** The pod the benchmarks create: a typical single-container pod, about 600 bytes of JSON. */
final class PodBodies {
    private PodBodies() {
    }

    static String pod(String name, long sentNanos) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"labels\":{\"app\":\"bench\",\"tier\":\"web\"},"
                + "\"annotations\":{\"bench/sent\":\"" + sentNanos + "\"}},"
                + "\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"registry.example/web:1.2.3\",\"args\":[\"--port=8080\"],"
                + "\"ports\":[{\"containerPort\":8080,\"protocol\":\"TCP\"}],\"env\":[{\"name\":\"MODE\",\"value\":\"prod\"}],"
                + "\"resources\":{\"requests\":{\"cpu\":\"100m\",\"memory\":\"64Mi\"},\"limits\":{\"cpu\":\"500m\",\"memory\":\"128Mi\"}}}],"
                + "\"restartPolicy\":\"Always\",\"terminationGracePeriodSeconds\":30}}";
    }
}
