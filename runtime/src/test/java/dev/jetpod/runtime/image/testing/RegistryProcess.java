package dev.jetpod.runtime.image.testing;

import dev.jetpod.runtime.image.unpack.LayerUnpacker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code docker-registry} (distribution 2.8) as a child process on a free 127.0.0.1 port with its
 * storage in a temp dir; {@link #close()} stops exactly that process (by its PID) and removes the dir.
 * {@code authSection} and TLS files go into its config verbatim.
 */
public final class RegistryProcess implements AutoCloseable {
    public static final Path BINARY = Path.of("/usr/bin/docker-registry");

    private final Path dir;
    private final int port;
    private final boolean tls;
    private final Process process;

    private RegistryProcess(Path dir, int port, boolean tls, Process process) {
        this.dir = dir;
        this.port = port;
        this.tls = tls;
        this.process = process;
    }

    /** An anonymous plain-HTTP registry. */
    public static RegistryProcess start() {
        return start("", null);
    }

    /** {@code auth} is the YAML under {@code auth:} (or ""); {@code certs} enables TLS with that cert/key. */
    public static RegistryProcess start(String auth, TestCerts.ServerCert certs) {
        try {
            Path dir = Files.createTempDirectory("jetpod-test-registry-");
            int port = freePort();
            StringBuilder config = new StringBuilder()
                    .append("version: 0.1\n")
                    .append("log:\n  level: warn\n")
                    .append("storage:\n  filesystem:\n    rootdirectory: ").append(dir.resolve("data")).append("\n")
                    .append("  delete:\n    enabled: true\n")
                    .append("http:\n  addr: 127.0.0.1:").append(port).append("\n");
            if (certs != null) {
                config.append("  tls:\n    certificate: ").append(certs.certFile()).append("\n    key: ").append(certs.keyFile()).append("\n");
            }
            if (!auth.isEmpty()) {
                config.append("auth:\n").append(auth.indent(2));
            }
            Path configFile = dir.resolve("config.yml");
            Files.writeString(configFile, config);
            Process process = new ProcessBuilder(BINARY.toString(), "serve", configFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
            RegistryProcess registry = new RegistryProcess(dir, port, certs != null, process);
            registry.awaitReady();
            return registry;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start docker-registry", e);
        }
    }

    public String host() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Where the registry keeps a blob's bytes (filesystem driver layout), for tampering tests. */
    public Path blobData(String digest) {
        String hex = digest.substring("sha256:".length());
        return dir.resolve("data/docker/registry/v2/blobs/sha256").resolve(hex.substring(0, 2)).resolve(hex).resolve("data");
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("registry.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("docker-registry exited " + process.exitValue() + ": " + log());
            }
            try {
                var socket = new java.net.Socket();
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                socket.close();
                if (!tls) {
                    HttpURLConnection c = (HttpURLConnection) URI.create("http://" + host() + "/v2/").toURL().openConnection();
                    c.setConnectTimeout(500);
                    c.getResponseCode();
                    c.disconnect();
                }
                return;
            } catch (IOException e) {
                sleep(50);
            }
        }
        close();
        throw new IllegalStateException("docker-registry did not listen on " + host() + ": " + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            LayerUnpacker.removeIfPresent(dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
