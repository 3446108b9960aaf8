package dev.jetpod.jctl.it;

import dev.jetpod.apiserver.ApiServer;
import dev.jetpod.apiserver.ApiServerConfig;
import dev.jetpod.apiserver.RunningApiServer;
import dev.jetpod.jctl.Io;
import dev.jetpod.jctl.Jctl;
import dev.jetpod.testkit.EtcdProcess;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real etcd, an in-process apiserver on a free loopback port, and a kubeconfig pointing at it, shared by the test
 * methods of one class. {@link #jctl} runs jctl's real entry point in-process with captured streams.
 */
public final class JctlCluster implements AutoCloseable {
    private static final AtomicInteger NAMESPACES = new AtomicInteger();

    public final EtcdProcess etcd;
    public final Vertx vertx;
    public final RunningApiServer server;
    public final Path dir;
    public final Path kubeconfig;

    /** What one run printed and returned. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private JctlCluster(EtcdProcess etcd, Vertx vertx, RunningApiServer server, Path dir) throws IOException {
        this.etcd = etcd;
        this.vertx = vertx;
        this.server = server;
        this.dir = dir;
        this.kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, kubeconfigFor(server.url()));
    }

    public static JctlCluster start() {
        EtcdProcess etcd = EtcdProcess.startNew();
        Vertx vertx = Vertx.vertx();
        try {
            RunningApiServer server = ApiServer.start(vertx, ApiServerConfig.forTests(etcd.endpoint()))
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            return new JctlCluster(etcd, vertx, server, Files.createTempDirectory("jctl-it-"));
        } catch (Exception | Error e) { // an Error too (a class missing from the test class path): etcd must not outlive us
            vertx.close();
            etcd.close();
            throw new IllegalStateException("could not start etcd and the apiserver for jctl tests", e);
        }
    }

    static String kubeconfigFor(String server) {
        return """
                apiVersion: v1
                kind: Config
                clusters:
                - name: jetpod
                  cluster:
                    server: %s
                users:
                - name: jetpod-admin
                  user: {}
                contexts:
                - name: jetpod
                  context:
                    cluster: jetpod
                    user: jetpod-admin
                    namespace: default
                current-context: jetpod
                """.formatted(server);
    }

    /** A namespace name no other test uses; created through jctl itself. */
    public String newNamespace(String prefix) {
        String ns = prefix + "-" + NAMESPACES.incrementAndGet();
        Result r = jctl("create", "namespace", ns);
        if (r.code() != 0) {
            throw new IllegalStateException("could not create namespace " + ns + ": " + r);
        }
        return ns;
    }

    public Result jctl(String... args) {
        return run(Map.of(), "", args);
    }

    public Result jctlWithStdin(String stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    /** Runs jctl with KUBECONFIG pointing at this cluster plus {@code env}. */
    public Result run(Map<String, String> env, String stdin, String... args) {
        Map<String, String> e = new HashMap<>();
        e.put("KUBECONFIG", kubeconfig.toString());
        e.put("HOME", dir.toString());
        e.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        e.putAll(env);
        return runWith(e, stdin, args);
    }

    /** Runs jctl with exactly this environment. */
    public Result runWith(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, dir);
        int code = Jctl.run(args, io);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public Path write(String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
            vertx.close().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            // etcd below is what must not leak
        } finally {
            etcd.close();
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
