package dev.jetpod.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A real etcd server started as a child process for a test, on two free loopback ports, with its data
 * directory on tmpfs when the machine has one (tests need speed, not durability across reboots).
 * {@link #stop()} and {@link #start()} keep ports and data, so a test can take etcd away and bring it back.
 * Only the process this object started is ever signalled.
 *
 * <p>While it is stopped its ports are free for anyone. Ports come from below the kernel's ephemeral range, so
 * client connections and port-0 binds cannot take them meanwhile, and {@link #start()} is done only when this
 * process's etcd member (its unique name) answers: a port some other etcd took (another test JVM on the machine)
 * would otherwise let the test talk to a stranger's etcd, which is how tests saw a "stopped" etcd answer.
 */
public final class EtcdProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Every etcd this JVM started and has not closed. A fixture that fails half-way (an Error in its set-up, a test
     * class that forgets close) would otherwise leave etcd running after the test JVM exits: the hook kills what
     * is left, by the PIDs this JVM started, and removes its data.
     */
    private static final java.util.Set<EtcdProcess> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(EtcdProcess::killAndRemove), "etcd-test-cleanup"));
    }

    private final Path binary;
    private final Path dataDir;
    private final Path logFile;
    private final int clientPort;
    private final int peerPort;
    private final String memberName = "test-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    private Process process;

    private EtcdProcess(Path binary, Path dataDir, int clientPort, int peerPort) {
        this.binary = binary;
        this.dataDir = dataDir;
        this.logFile = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        this.clientPort = clientPort;
        this.peerPort = peerPort;
    }

    /** Whether the etcd answering on our client port is the member this object started (not another test's). */
    private boolean answersAsThisMember() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/v3/cluster/member/list").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            try {
                c.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
                if (c.getResponseCode() != 200) {
                    return false;
                }
                String members = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return members.contains("\"name\":\"" + memberName + "\"");
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts a fresh etcd and waits until it answers /health. */
    public static EtcdProcess startNew() {
        int[] ports = freePorts(2);
        return startOn(ports[0], ports[1]);
    }

    /** A fresh etcd on the given ports (tests of this class use it to play a stranger on someone's ports). */
    static EtcdProcess startOn(int clientPort, int peerPort) {
        Path dir;
        try {
            Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
            dir = Files.createTempDirectory(base, "jetpod-test-etcd-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare etcd for the test", e);
        }
        EtcdProcess etcd = new EtcdProcess(findBinary(), dir.resolve("data"), clientPort, peerPort);
        OPEN.add(etcd);
        try {
            etcd.start();
        } catch (RuntimeException e) {
            etcd.close();
            throw e;
        }
        return etcd;
    }

    public static Path findBinary() {
        String env = System.getenv("JETPOD_ETCD_BIN");
        List<Path> candidates = env != null ? List.of(Path.of(env)) : List.of(Path.of("/usr/bin/etcd"), Path.of("/usr/local/bin/etcd"));
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("etcd not found (tried " + candidates + "); run ./jetpod test, which installs etcd-server"));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + clientPort;
    }

    public int clientPort() {
        return clientPort;
    }

    int peerPort() {
        return peerPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts (or restarts, on the same ports and data) and waits for health. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        String peer = "http://127.0.0.1:" + peerPort;
        ProcessBuilder pb = new ProcessBuilder(binary.toString(),
                "--name", memberName,
                "--data-dir", dataDir.toString(),
                "--listen-client-urls", endpoint(),
                "--advertise-client-urls", endpoint(),
                "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer,
                "--initial-cluster", memberName + "=" + peer,
                "--initial-cluster-state", "new",
                "--logger", "zap",
                "--log-outputs", "stderr")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + binary, e);
        }
        waitHealthy();
    }

    private void waitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("etcd exited with " + process.exitValue() + "; log: " + logFile);
            }
            if (healthy() && answersAsThisMember()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("etcd did not become healthy within " + START_TIMEOUT + "; log: " + logFile);
    }

    private boolean healthy() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint() + "/health").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after 10 s), keeping data and ports. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills with SIGKILL, as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
        deleteTree(dataDir.getParent());
        OPEN.remove(this);
    }

    /** At JVM exit: no grace period, and nothing may throw. */
    private void killAndRemove() {
        try {
            kill();
            deleteTree(dataDir.getParent());
        } catch (RuntimeException e) {
            System.err.println("could not clean up test etcd " + memberName + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }

    /**
     * {@code n} loopback ports that are free now, picked at random below the kernel's ephemeral range
     * ({@code ip_local_port_range}): the kernel never hands them out for outgoing connections or port-0 binds, so a
     * port stays available while the process using it is stopped and restarted. Another test picking the same port
     * at the same moment is the remaining (rare) race; {@link #start()} detects it.
     */
    public static int[] freePorts(int n) {
        int high = ephemeralLow() - 1;
        int low = Math.max(1024, high - 20_000);
        int[] ports = new int[n];
        int found = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 10_000 && found < n; attempt++) {
            int port = random.nextInt(low, high + 1);
            if (!contains(ports, found, port) && isFree(port)) {
                ports[found++] = port;
            }
        }
        if (found < n) {
            throw new IllegalStateException("no free loopback port between " + low + " and " + high);
        }
        return ports;
    }

    private static boolean contains(int[] ports, int count, int port) {
        for (int i = 0; i < count; i++) {
            if (ports[i] == port) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of the kernel's ephemeral range (32768 when it cannot be read). */
    private static int ephemeralLow() {
        try {
            // read as a stream: procfs reports a size of 0, which defeats Files.readString
            String range;
            try (var in = Files.newInputStream(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
                range = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for etcd", e);
        }
    }
}
