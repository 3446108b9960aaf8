package dev.jetpod.runtime.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs Debian's conmon over runc with the same bundle (a `sleep`), to measure conmon's own memory next
 * to our supervisor's. Empty when conmon is not installed. Everything is removed afterwards.
 */
final class ConmonProbe {
    private ConmonProbe() {
    }

    static Optional<ProcessMemory> measure(Path base, Path sleepBundle) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/conmon"))) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(base.resolve("conmon"));
        Path runcRoot = dir.resolve("runc"), pidFile = dir.resolve("conmon.pid");
        Files.createDirectories(dir.resolve("exit"));
        Files.createDirectories(dir.resolve("sock"));
        String id = "jetpod-bench-conmon";
        run(List.of("conmon", "--api-version", "1", "-c", id, "-u", id, "-n", id, "-r", "/usr/sbin/runc",
                "--runtime-arg", "--root=" + runcRoot, "-b", sleepBundle.toString(), "-p", dir.resolve("ctr.pid").toString(),
                "-l", "k8s-file:" + dir.resolve("ctr.log"), "--exit-dir", dir.resolve("exit").toString(),
                "--socket-dir-path", dir.resolve("sock").toString(), "--conmon-pidfile", pidFile.toString(),
                "--log-level", "error", "--syslog=false"));
        try {
            // conmon returns before runc has created the container; its pid file says when it has
            for (int i = 0; i < 1000 && !Files.exists(dir.resolve("ctr.pid")); i++) {
                Thread.sleep(10);
            }
            run(List.of("runc", "--root", runcRoot.toString(), "start", id));
            Thread.sleep(200);
            return Optional.of(ProcessMemory.of(Integer.parseInt(Files.readString(pidFile).trim())));
        } finally {
            new ProcessBuilder("runc", "--root", runcRoot.toString(), "delete", "--force", id)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IOException(cmd.get(0) + " exited with " + p.exitValue() + ": " + output);
        }
    }
}
