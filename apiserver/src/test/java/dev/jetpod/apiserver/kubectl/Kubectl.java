package dev.jetpod.apiserver.kubectl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real kubectl binary pointed at the test API server through a kubeconfig of its own (its context's namespace
 * is the version's test namespace), with HOME and KUBECACHEDIR in a temporary directory so that its discovery
 * cache neither leaks between runs nor between versions.
 */
final class Kubectl {
    private final Path binary;
    private final Path home;
    private final Path kubeconfig;
    private final String namespace;

    /** What a finished kubectl printed and how it exited. */
    record Result(int exit, String out, String err) {
        List<String> lines() {
            return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    Kubectl(Path binary, Path workDir, String serverUrl, String namespace) {
        this.binary = binary;
        this.namespace = namespace;
        this.home = workDir.resolve("home");
        this.kubeconfig = workDir.resolve("kubeconfig");
        try {
            Files.createDirectories(home);
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                    - name: jetpod
                      cluster: {server: "%s"}
                    users:
                    - name: tester
                      user: {}
                    contexts:
                    - name: jetpod
                      context: {cluster: jetpod, user: tester, namespace: %s}
                    current-context: jetpod
                    """.formatted(serverUrl, namespace));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() {
        return "1." + KubectlBinaries.minor(binary);
    }

    int minor() {
        return KubectlBinaries.minor(binary);
    }

    String namespace() {
        return namespace;
    }

    Path home() {
        return home;
    }

    Result run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs to completion; output goes through files, so a long output cannot block the process on a full pipe. */
    Result run(Map<String, String> env, String... args) {
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        ProcessBuilder pb = builder(env, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + binary, e);
        }
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("kubectl " + version() + " " + String.join(" ", args) + " did not finish in 90 s");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A kubectl left running (get -w, wait): the caller reads its output and stops it. */
    Process start(String... args) {
        return start(Map.of(), args);
    }

    Process start(Map<String, String> env, String... args) {
        try {
            return builder(env, args).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + binary, e);
        }
    }

    private ProcessBuilder builder(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.add("--kubeconfig=" + kubeconfig);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("KUBECACHEDIR", home.resolve("cache").toString());
        pb.environment().remove("KUBECONFIG");
        pb.environment().putAll(env);
        return pb;
    }

    /** Writes a manifest into this kubectl's work directory and returns its path. */
    Path file(String name, String content) {
        try {
            Path f = home.resolve(name);
            Files.writeString(f, content);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "kubectl " + version();
    }
}
