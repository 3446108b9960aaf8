package dev.jetpod.apiserver.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the processes taking part in a measurement (user + system, from {@code /proc/PID/stat}), so a figure can
 * say where the two cores went: the load generator, the apiserver, etcd.
 */
final class CpuAccounting {
    /** USER_HZ: the unit of utime/stime in /proc (100 on Linux, whatever the kernel's HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, long[]> start = new LinkedHashMap<>();
    private final Map<String, long[]> used = new LinkedHashMap<>();
    private long startNanos = -1;
    private long elapsedNanos;

    CpuAccounting add(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    CpuAccounting begin() {
        used.clear();
        elapsedNanos = 0;
        return resume();
    }

    /** Starts (again) counting: several windows of one measurement add up. */
    CpuAccounting resume() {
        pids.forEach((name, pid) -> start.put(name, ticks(pid)));
        startNanos = System.nanoTime();
        return this;
    }

    /** Stops counting until {@link #resume}. */
    CpuAccounting pause() {
        elapsedNanos += System.nanoTime() - startNanos;
        pids.forEach((name, pid) -> {
            long[] now = ticks(pid);
            long[] then = start.get(name);
            long[] sum = used.computeIfAbsent(name, n -> new long[2]);
            sum[0] += now[0] - then[0];
            sum[1] += now[1] - then[1];
        });
        startNanos = -1;
        return this;
    }

    /**
     * "apiserver 0.95 (sys 0.40), etcd 0.61 (sys 0.20), …" in cores (CPU seconds per second) over the time since
     * {@link #begin} (counting only the windows between {@link #resume} and {@link #pause}); sys is the part spent in the kernel (on loopback: mostly the network stack).
     */
    String cores() {
        if (startNanos >= 0) {
            pause();
        }
        double secs = elapsedNanos / 1e9;
        StringBuilder b = new StringBuilder();
        pids.forEach((name, pid) -> {
            long[] t = used.getOrDefault(name, new long[2]);
            double user = t[0] / TICKS_PER_SECOND / secs;
            double sys = t[1] / TICKS_PER_SECOND / secs;
            b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(String.format("%.2f (sys %.2f)", user + sys, sys));
        });
        return b.append(" cores").toString();
    }

    /** User and system time in ticks. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) may contain spaces: count fields after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }
}
