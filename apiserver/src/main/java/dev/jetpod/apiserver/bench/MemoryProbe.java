package dev.jetpod.apiserver.bench;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Starts the apiserver as its own process on an etcd that holds the pods, and reads its memory from /proc. */
final class MemoryProbe {
    private MemoryProbe() {
    }

    record Result(long rssKb, long hwmKb, long heapUsedBytes) {
    }

    /** Sum of jvm_memory_used_bytes{area="heap",…} in a Prometheus scrape. */
    private static long heapUsed(String scrape) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) sum;
    }

    static Result measure(String etcd, HttpClient http) throws Exception {
        try (ApiServerProcess p = ApiServerProcess.start(etcd)) {
            int port = p.port();
            ApiBenchmark.awaitReady(http, port);
            ListLatency.get(http, port, "/api/v1/namespaces/list/pods?resourceVersion=0");
            ApiBenchmark.status(http, port, HttpMethod.GET, "/api/v1/namespaces/list/pods", null);
            Thread.sleep(2000);
            long rss = field(p.pid(), "VmRSS");
            long hwm = field(p.pid(), "VmHWM");
            // what the objects really take: heap in use right after a full collection (jcmd asks the JVM for one)
            new ProcessBuilder("jcmd", Long.toString(p.pid()), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            String metrics = ListLatency.get(http, port, "/metrics").toString();
            return new Result(rss, hwm, heapUsed(metrics));
        }
    }

    private static long field(long pid, String name) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no " + name + " in /proc/" + pid + "/status");
    }
}
