package dev.jetpod.apiserver.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The apiserver under measurement, started as its own process the way {@code ./jetpod up} starts it (same main class,
 * same JVM flags, read from {@code JETPOD_APISERVER_JAVA_OPTS}, which {@code ./jetpod} sets from the one place that
 * defines them). Stopped by its own PID.
 */
final class ApiServerProcess implements AutoCloseable {
    /** What {@code ./jetpod up} passes when the launcher does not say (kept equal to the launcher's default). */
    static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -Xss512k -Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError";
    /**
     * Phases 1 and 2 leave up to ~200,000 pods in the watch cache (some 5 KB of heap each), far beyond the small
     * cluster {@code ./jetpod up}'s heap limit is sized for: they run with this limit instead.
     */
    static final String LOAD_PHASE_HEAP = "-Xmx3g";

    private final Process process;
    private final int port;

    private ApiServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ApiServerProcess start(String etcdEndpoint, String... extraJvmFlags) throws Exception {
        Process p = new ProcessBuilder(command(etcdEndpoint, extraJvmFlags)).redirectErrorStream(true).start();
        try {
            int port = URI.create(readListeningUrl(p)).getPort();
            return new ApiServerProcess(p, port);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    static String javaOpts() {
        String env = System.getenv("JETPOD_APISERVER_JAVA_OPTS");
        return env == null || env.isBlank() ? DEFAULT_JAVA_OPTS : env.trim();
    }

    private static List<String> command(String etcd, String... extraJvmFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(javaOpts().split("\\s+")));
        cmd.addAll(Arrays.asList(extraJvmFlags));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.jetpod.apiserver.Main",
                "--etcd-servers", etcd, "--bind-address", "127.0.0.1", "--port", "0"));
        return cmd;
    }

    private static String readListeningUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (UncheckedIOException closed) {
                        // the child was stopped; its output ends here
                    }
                }, "child-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at + "listening on ".length()).trim();
            }
        }
        throw new IllegalStateException("child apiserver exited before listening");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
