package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.sys.Syscalls;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the helper with posix_spawn: its setup goes in on descriptor 3, its one-line report comes
 * back on descriptor 4. Descriptors 0-2 are what the caller chooses (inherited for runc-style
 * foreground runs, pipes for exec, /dev/null for supervised containers).
 */
public final class HelperLauncher implements AutoCloseable {
    /** Use as a stdio entry: the child gets /dev/null. */
    public static final int DEV_NULL = -2;
    /** Use as a stdio entry: the child inherits the JVM's descriptor. */
    public static final int INHERIT = -1;
    private static final List<String> ENV = List.of("PATH=/usr/sbin:/usr/bin:/sbin:/bin");

    private final Syscalls sys;
    private final Path binary;
    private final Object serverLock = new Object();
    private int serverSocket = -1;
    private int serverPid = -1;
    private boolean serverFailed;

    public HelperLauncher(Syscalls sys, Path binary) {
        this.sys = sys;
        this.binary = binary;
    }

    /** A started helper: its pid, its first report, and (if kept) the write end of its config pipe. */
    public record Started(int pid, List<String> report, int configFd) {
        public int reportInt(int index) {
            return Integer.parseInt(report.get(index));
        }
    }

    /** A helper that has its setup and is working; {@link #awaitReport} waits for its answer. */
    public final class Pending {
        private final int pid, reportFd, configFd;

        private Pending(int pid, int reportFd, int configFd) {
            this.pid = pid;
            this.reportFd = reportFd;
            this.configFd = configFd;
        }

        public Started awaitReport() {
            Report report;
            try {
                report = readReport(reportFd);
            } finally {
                sys.close(reportFd);
            }
            if (report.ok()) {
                return new Started(pid, report.words(), configFd);
            }
            if (configFd >= 0) {
                sys.close(configFd);
            }
            if (pid > 0) {
                sys.waitFor(pid);
            }
            awaitExit(report.supervisor()); // it may still be recording the failure in the state directory
            throw failure(report.last());
        }
    }

    /**
     * Starts the helper and hands it its setup without waiting for the answer, so the caller can overlap
     * work. A detached create goes to the resident helper (a fork instead of a spawn and an exec); its
     * Pending then has no pid of ours to reap.
     */
    public Pending launch(HelperConfig config, int[] stdio) {
        if (config.mode().equals("create") && stdio[0] == DEV_NULL && stdio[1] == DEV_NULL && stdio[2] == DEV_NULL) {
            Pending viaServer = launchViaServer(config);
            if (viaServer != null) {
                return viaServer;
            }
        }
        int[] cfg = sys.pipe(), rep = sys.pipe();
        int pid;
        try {
            pid = sys.spawn(binary, List.of("jetpod-helper", config.mode()), ENV, new int[] {stdio[0], stdio[1], stdio[2], cfg[0], rep[1]});
        } catch (RuntimeException e) {
            closeAll(cfg[0], cfg[1], rep[0], rep[1]);
            throw e;
        }
        closeAll(cfg[0], rep[1]);
        try {
            sys.writeFully(cfg[1], config.encode());
        } catch (RuntimeException e) {
            closeAll(cfg[1], rep[0]);
            throw e;
        } finally {
            sys.close(cfg[1]);
        }
        return new Pending(pid, rep[0], -1);
    }

    private Pending launchViaServer(HelperConfig config) {
        byte[] request = config.encode();
        int[] rep = sys.pipe();
        try {
            synchronized (serverLock) {
                if (!ensureServer()) {
                    closeAll(rep[0], rep[1]);
                    return null;
                }
                sys.sendWithDescriptors(serverSocket, request, new int[] {rep[1]});
            }
        } catch (RuntimeException e) { // the resident helper is gone: start a new one next time, spawn now
            synchronized (serverLock) {
                stopServer();
            }
            closeAll(rep[0], rep[1]);
            return null;
        }
        sys.close(rep[1]);
        return new Pending(-1, rep[0], -1);
    }

    private boolean ensureServer() {
        if (serverSocket >= 0 || serverFailed) {
            return serverSocket >= 0;
        }
        int[] sp = sys.socketPair();
        try {
            serverPid = sys.spawn(binary, List.of("jetpod-helper", "serve"), ENV,
                    new int[] {DEV_NULL, DEV_NULL, DEV_NULL, sp[1], DEV_NULL});
            serverSocket = sp[0];
        } catch (RuntimeException e) {
            serverFailed = true;
            sys.close(sp[0]);
        } finally {
            sys.close(sp[1]);
        }
        return serverSocket >= 0;
    }

    private void stopServer() {
        if (serverSocket >= 0) {
            sys.close(serverSocket); // EOF: the resident helper exits; the supervisors it forked stay
            serverSocket = -1;
            sys.waitFor(serverPid);
            serverPid = -1;
        }
    }

    /** Stops the resident helper; containers keep running under their supervisors. */
    @Override
    public void close() {
        synchronized (serverLock) {
            stopServer();
        }
    }

    /**
     * Spawns the helper and waits for its report. With {@code keepConfigOpen} the config pipe stays open
     * (a sandbox helper waits for it to close); otherwise it is closed after writing.
     */
    public Started start(HelperConfig config, int[] stdio, boolean keepConfigOpen) {
        int[] cfg = sys.pipe(), rep = sys.pipe();
        int pid;
        try {
            int[] fds = {stdio[0], stdio[1], stdio[2], cfg[0], rep[1]};
            pid = sys.spawn(binary, List.of("jetpod-helper", config.mode()), ENV, fds);
        } catch (RuntimeException e) {
            closeAll(cfg[0], cfg[1], rep[0], rep[1]);
            throw e;
        }
        closeAll(cfg[0], rep[1]);
        Report report;
        try {
            sys.writeFully(cfg[1], config.encode());
            report = readReport(rep[0]);
        } catch (RuntimeException e) {
            closeAll(cfg[1]);
            throw e;
        } finally {
            sys.close(rep[0]);
        }
        if (!keepConfigOpen) {
            sys.close(cfg[1]);
        }
        if (report.ok()) {
            return new Started(pid, report.words(), keepConfigOpen ? cfg[1] : -1);
        }
        if (keepConfigOpen) {
            sys.close(cfg[1]);
        }
        sys.waitFor(pid);
        awaitExit(report.supervisor());
        throw failure(report.last());
    }

    /**
     * The helper's answer: optionally "pid &lt;child&gt; &lt;supervisor&gt;" (from the supervisor), then "ok [words]"
     * or "error &lt;stage&gt;: &lt;cause&gt;" (from the child itself, so the supervisor is not in the way).
     */
    record Report(boolean ok, List<String> words, String last, int supervisor) {
        static Report parse(String text) {
            List<String> pidWords = List.of();
            String last = "";
            for (String line : text.split("\n")) {
                if (line.startsWith("pid ")) {
                    pidWords = List.of(line.substring(4).trim().split(" "));
                } else if (!line.isBlank()) {
                    last = line.trim();
                }
            }
            boolean ok = last.startsWith("ok");
            List<String> words = !pidWords.isEmpty() ? pidWords
                    : ok && last.length() > 2 ? List.of(last.substring(2).trim().split(" ")) : List.of();
            int supervisor = pidWords.size() > 1 ? Integer.parseInt(pidWords.get(1)) : -1;
            return new Report(ok, words, last, supervisor);
        }
    }

    private Report readReport(int fd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        byte[] buf = new byte[512];
        while (true) {
            int n = sys.read(fd, buf, 0, buf.length);
            if (n <= 0) {
                break;
            }
            out.write(buf, 0, n);
            String text = out.toString(StandardCharsets.UTF_8);
            Report r = Report.parse(text);
            // the child's "ok" and the supervisor's "pid" race; an error is followed by EOF soon
            if (text.endsWith("\n") && r.ok() && !r.words().isEmpty()) {
                return r;
            }
        }
        return Report.parse(out.toString(StandardCharsets.UTF_8));
    }

    private void awaitExit(int pid) {
        if (pid <= 0) {
            return;
        }
        sys.openPidfd(pid).ifPresent(fd -> {
            try {
                sys.awaitReadable(fd, 10_000);
            } finally {
                sys.close(fd);
            }
        });
    }

    /** Parses "error <stage>: <message>" into a typed exception. */
    static HelperException failure(String line) {
        if (line.isEmpty()) {
            return new HelperException("helper", "the runtime helper exited without a report");
        }
        String msg = line.startsWith("error ") ? line.substring(6) : line;
        int colon = msg.indexOf(": ");
        String stage = colon > 0 ? msg.substring(0, colon) : "helper";
        return new HelperException(stage, colon > 0 && stage.equals("exec") ? msg.substring(colon + 2) : msg);
    }

    private void closeAll(int... fds) {
        for (int fd : fds) {
            sys.close(fd);
        }
    }
}
