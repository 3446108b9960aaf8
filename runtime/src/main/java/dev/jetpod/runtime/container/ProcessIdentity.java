package dev.jetpod.runtime.container;

import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;

/** A PID plus its start time (field 22 of /proc/PID/stat): tells our process from a recycled PID. */
public final class ProcessIdentity {
    private final Syscalls sys;

    public ProcessIdentity(Syscalls sys) {
        this.sys = sys;
    }

    /** The start time in clock ticks since boot, or -1 when the process is gone (or a zombie). */
    public long startTime(int pid) {
        if (pid <= 0) {
            return -1;
        }
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!sys.exists(stat)) {
            return -1;
        }
        return sys.readFile(stat).map(ProcessIdentity::parse).orElse(-1L);
    }

    static long parse(String stat) {
        int close = stat.lastIndexOf(')'); // the command name may contain spaces and parentheses
        String[] f = stat.substring(close + 2).split(" ");
        if (f[0].equals("Z") || f[0].equals("X")) {
            return -1;
        }
        return Long.parseLong(f[19]);
    }

    public boolean isAlive(int pid, long expectedStartTime) {
        long t = startTime(pid);
        return t >= 0 && t == expectedStartTime;
    }
}
