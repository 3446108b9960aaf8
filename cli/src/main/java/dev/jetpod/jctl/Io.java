package dev.jetpod.jctl;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a jctl run talks to: its standard streams, its environment variables and its working directory. Passed in
 * rather than read from {@link System}, so tests run the real command entry point with captured streams and an
 * environment of their own (KUBECONFIG, EDITOR, JETPOD_HOME).
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {

    public static Io system() {
        return new Io(System.in,
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8),
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getenv(), Path.of("").toAbsolutePath());
    }

    /** An environment variable, or null when unset or empty. */
    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A path as the user typed it, resolved against the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
