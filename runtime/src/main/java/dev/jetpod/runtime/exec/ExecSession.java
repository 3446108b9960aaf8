package dev.jetpod.runtime.exec;

import dev.jetpod.runtime.sys.Syscalls;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A command running inside a container. Close stdin to send EOF; {@link #waitFor} returns the exit code
 * (128+signal when killed). Streams are null where the caller passed its own stdio through.
 */
public final class ExecSession {
    private final Syscalls sys;
    private final int helperPid;
    private final int pid;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;
    private Integer exitCode;

    ExecSession(Syscalls sys, int helperPid, int pid, OutputStream stdin, InputStream stdout, InputStream stderr) {
        this.sys = sys;
        this.helperPid = helperPid;
        this.pid = pid;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The process's pid as seen from the host. */
    public int pid() {
        return pid;
    }

    public OutputStream stdin() {
        return stdin;
    }

    public InputStream stdout() {
        return stdout;
    }

    public InputStream stderr() {
        return stderr;
    }

    public synchronized int waitFor() {
        if (exitCode == null) {
            int status = sys.waitFor(helperPid);
            exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
        }
        return exitCode;
    }
}
