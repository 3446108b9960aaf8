package dev.jetpod.apiserver.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private etcd for the benchmark: the Debian etcd binary on two free loopback ports, data in a fresh directory,
 * stopped by its own PID and removed afterwards. (Tests have their own fixture in testkit; this is the shipped copy.)
 */
public final class EtcdLauncher implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final int clientPort;

    private EtcdLauncher(Process process, Path dir, int clientPort) {
        this.process = process;
        this.dir = dir;
        this.clientPort = clientPort;
    }

    public static EtcdLauncher start(Path baseDir) throws IOException, InterruptedException {
        Path binary = Stream.of(System.getenv("JETPOD_ETCD_BIN"), "/usr/bin/etcd", "/usr/local/bin/etcd")
                .filter(p -> p != null && Files.isExecutable(Path.of(p))).map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("etcd not found; install the etcd-server package"));
        Path dir = Files.createTempDirectory(baseDir, "jetpod-bench-etcd-");
        int client;
        int peer;
        try (ServerSocket a = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             ServerSocket b = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            client = a.getLocalPort();
            peer = b.getLocalPort();
        }
        String c = "http://127.0.0.1:" + client;
        String p = "http://127.0.0.1:" + peer;
        Process proc = new ProcessBuilder(binary.toString(), "--name", "bench", "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", c, "--advertise-client-urls", c, "--listen-peer-urls", p, "--initial-advertise-peer-urls", p,
                "--initial-cluster", "bench=" + p, "--quota-backend-bytes", String.valueOf(4L << 30), "--log-level", "warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
        EtcdLauncher e = new EtcdLauncher(proc, dir, client);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!e.healthy()) {
            if (!proc.isAlive() || System.nanoTime() > deadline) {
                e.close();
                throw new IllegalStateException("etcd did not start; see " + dir.resolve("etcd.log"));
            }
            Thread.sleep(50);
        }
        return e;
    }

    public long pid() {
        return process.pid();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + clientPort;
    }

    private boolean healthy() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/health").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            return c.getResponseCode() == 200;
        } catch (IOException ex) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ex) {
            throw new UncheckedIOException("could not remove " + dir, ex);
        }
    }
}
