package dev.jetpod.runtime.exec;

import dev.jetpod.runtime.container.ContainerEngine;
import dev.jetpod.runtime.helper.HelperConfig;
import dev.jetpod.runtime.helper.HelperLauncher;
import dev.jetpod.runtime.spec.Capability;
import dev.jetpod.runtime.spec.ProcessSpec;
import dev.jetpod.runtime.spec.Rlimits;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.List;

/** Runs a command in a running container: the helper joins the init's namespaces and cgroup, then execs. */
public final class ExecRunner {
    private final Syscalls sys;
    private final HelperLauncher helper;

    public ExecRunner(Syscalls sys, HelperLauncher helper) {
        this.sys = sys;
        this.helper = helper;
    }

    /** With pipes: the session's streams connect to the command. */
    public ExecSession exec(ContainerEngine.ExecPlanSource source, ExecRequest request) {
        int[] in = sys.pipe(), out = sys.pipe(), err = sys.pipe();
        HelperLauncher.Started started;
        try {
            started = helper.start(plan(source, request), new int[] {in[0], out[1], err[1]}, false);
        } catch (RuntimeException e) {
            for (int fd : new int[] {in[0], in[1], out[0], out[1], err[0], err[1]}) {
                sys.close(fd);
            }
            throw e;
        } finally {
            sys.close(in[0]);
            sys.close(out[1]);
            sys.close(err[1]);
        }
        return new ExecSession(sys, started.pid(), started.reportInt(0), FdStreams.output(sys, in[1]),
                FdStreams.input(sys, out[0]), FdStreams.input(sys, err[0]));
    }

    /** With the JVM's own stdio (the command line's exec). */
    public ExecSession execInheritingStdio(ContainerEngine.ExecPlanSource source, ExecRequest request) {
        int i = HelperLauncher.INHERIT;
        HelperLauncher.Started started = helper.start(plan(source, request), new int[] {i, i, i}, false);
        return new ExecSession(sys, started.pid(), started.reportInt(0), null, null, null);
    }

    static HelperConfig plan(ContainerEngine.ExecPlanSource source, ExecRequest r) {
        ProcessSpec p = source.spec().process();
        HelperConfig c = new HelperConfig().add("mode", "exec").add("target", Integer.toString(source.record().pid()));
        for (Path procs : source.cgroupProcs()) {
            c.add("cgroup", procs.toString());
        }
        if (r.tty()) {
            c.add("terminal");
        }
        long uid = r.uid().orElse(p.user() == null ? 0 : p.user().uid());
        long gid = r.gid().orElse(p.user() == null ? 0 : p.user().gid());
        c.add("user", Long.toString(uid), Long.toString(gid));
        if (p.user() != null && p.user().additionalGids() != null && r.uid().isEmpty()) {
            p.user().additionalGids().forEach(g -> c.add("group", Long.toString(g)));
        }
        ProcessSpec.Capabilities caps = p.capabilities();
        if (caps != null) {
            c.add("caps", hex(caps.bounding()), hex(caps.effective()), hex(caps.inheritable()), hex(caps.permitted()),
                    hex(caps.ambient()));
        }
        if (p.rlimits() != null) {
            p.rlimits().forEach(l -> c.add("rlimit", Integer.toString(Rlimits.number(l.type())),
                    Long.toUnsignedString(l.soft()), Long.toUnsignedString(l.hard())));
        }
        if (Boolean.TRUE.equals(p.noNewPrivileges())) {
            c.add("nonewprivs");
        }
        c.add("cwd", r.workingDir().orElse(p.cwd()));
        List<String> env = r.env().orElse(p.env() == null ? List.of() : p.env());
        env.forEach(e -> c.add("env", e));
        r.command().forEach(a -> c.add("arg", a));
        return c;
    }

    private static String hex(List<String> names) {
        return Long.toHexString(Capability.mask(names));
    }
}
