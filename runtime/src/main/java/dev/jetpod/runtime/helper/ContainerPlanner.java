package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.spec.Capability;
import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.spec.LinuxSpec;
import dev.jetpod.runtime.spec.ProcessSpec;
import dev.jetpod.runtime.spec.Rlimits;
import dev.jetpod.runtime.spec.Spec;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns an OCI spec into the helper's records, doing in Java (and testable without root) everything
 * that is decision rather than kernel call: which namespaces are new or joined, mount flags, the cgroup
 * mount, runc's default devices, capability masks, rlimit numbers.
 */
public final class ContainerPlanner {
    /** runc's default devices, created in every container's /dev. */
    static final List<String[]> DEFAULT_DEVICES = List.of(
            new String[] {"/dev/null", "c", "1", "3"}, new String[] {"/dev/zero", "c", "1", "5"},
            new String[] {"/dev/full", "c", "1", "7"}, new String[] {"/dev/tty", "c", "5", "0"},
            new String[] {"/dev/random", "c", "1", "8"}, new String[] {"/dev/urandom", "c", "1", "9"});
    static final List<String[]> DEFAULT_SYMLINKS = List.of(
            new String[] {"/proc/self/fd", "/dev/fd"}, new String[] {"/proc/self/fd/0", "/dev/stdin"},
            new String[] {"/proc/self/fd/1", "/dev/stdout"}, new String[] {"/proc/self/fd/2", "/dev/stderr"},
            new String[] {"pts/ptmx", "/dev/ptmx"}, new String[] {"/proc/kcore", "/dev/core"});
    private static final Map<String, String> NS_NAMES = Map.of("pid", "pid", "network", "net", "mount", "mnt",
            "ipc", "ipc", "uts", "uts", "cgroup", "cgroup");

    public HelperConfig plan(ContainerSetup setup) {
        Spec spec = setup.spec();
        HelperConfig c = new HelperConfig();
        c.add("mode", "create").add("state", setup.stateDir().toString());
        setup.logFile().ifPresent(log -> c.add("log", log.toString()));
        if (setup.foreground()) {
            c.add("foreground");
        }
        if (setup.waitForStart()) {
            c.add("wait");
        }
        c.add("rootfs", spec.root().path());
        LinuxSpec linux = spec.linux() != null ? spec.linux() : new LinuxSpec(null, null, null, null, null, null, null);
        c.add("rootprop", Long.toString(MountOptions.rootPropagation(linux.rootfsPropagation())));
        boolean newUts = namespaces(c, linux);
        setup.cgroupJoin().taskFiles().forEach(p -> c.add("cgroup", p.toString()));
        setup.cgroupJoin().cloneInto().ifPresent(p -> c.add("cgroupdir", p.toString()));
        mounts(c, spec, setup);
        if (linux.maskedPaths() != null) {
            linux.maskedPaths().forEach(p -> c.add("mask", p));
        }
        if (linux.readonlyPaths() != null) {
            linux.readonlyPaths().forEach(p -> c.add("ro", p));
        }
        if (spec.root().isReadonly()) {
            c.add("rootro");
        }
        if (spec.hostname() != null && !spec.hostname().isEmpty()) {
            if (!newUts) {
                throw new InvalidSpecException("cannot set hostname '" + spec.hostname() + "' without a new UTS namespace");
            }
            c.add("hostname", spec.hostname());
        }
        if (linux.sysctl() != null) {
            linux.sysctl().forEach((k, v) -> c.add("sysctl", k, v));
        }
        process(c, spec.process());
        return c;
    }

    /** Adds "ns" records; returns whether the UTS namespace is new (so the hostname may be set). */
    private static boolean namespaces(HelperConfig c, LinuxSpec linux) {
        boolean mount = false, newUts = false;
        for (LinuxSpec.Namespace ns : linux.namespaceList()) {
            String name = NS_NAMES.get(ns.type());
            if (name == null) {
                throw new InvalidSpecException("unsupported namespace type '" + ns.type() + "'");
            }
            boolean join = ns.path() != null && !ns.path().isEmpty();
            if (name.equals("mnt")) {
                if (join) {
                    throw new InvalidSpecException("joining an existing mount namespace is not supported");
                }
                mount = true;
            }
            newUts |= name.equals("uts") && !join;
            if (join) {
                c.add("ns", name, ns.path());
            } else {
                c.add("ns", name);
            }
        }
        if (!mount) {
            throw new InvalidSpecException("the spec must ask for a mount namespace (pivot_root needs one)");
        }
        return newUts;
    }

    private static void mounts(HelperConfig c, Spec spec, ContainerSetup setup) {
        boolean devTmpfs = false;
        for (Spec.Mount m : spec.mounts() == null ? List.<Spec.Mount>of() : spec.mounts()) {
            MountOptions o = MountOptions.parse(m.optionList());
            String type = m.type() == null ? "" : m.type();
            if (type.equals("cgroup") || type.equals("cgroup2")) {
                cgroupMount(c, m.destination(), o, setup.cgroupDirs());
                continue;
            }
            long flags = o.flags() | (type.equals("bind") ? Syscalls.MS_BIND : 0);
            String source = m.source() == null ? "" : m.source();
            if ((flags & Syscalls.MS_BIND) != 0 && !source.startsWith("/")) {
                source = setup.bundle().resolve(source).toString();
            }
            c.add("mount", source, m.destination(), type.equals("bind") ? "" : type, Long.toString(flags), o.data(),
                    Long.toString(o.propagation()));
            devTmpfs |= m.destination().equals("/dev") && (flags & Syscalls.MS_BIND) == 0;
        }
        if (devTmpfs) {
            for (String[] d : DEFAULT_DEVICES) {
                c.add("dev", d[0], d[1], d[2], d[3], "666", "0", "0");
            }
            for (String[] l : DEFAULT_SYMLINKS) {
                c.add("symlink", l[0], l[1]);
            }
        }
    }

    /** The container sees its own cgroups read-only: a tmpfs with one bind mount per hierarchy, as runc does on v1. */
    private static void cgroupMount(HelperConfig c, String destination, MountOptions o, Map<String, Path> dirs) {
        long bindFlags = Syscalls.MS_BIND | Syscalls.MS_REC | (o.flags() & (Syscalls.MS_RDONLY | Syscalls.MS_NOSUID
                | Syscalls.MS_NODEV | Syscalls.MS_NOEXEC));
        if (dirs.size() == 1 && dirs.containsKey("")) {
            Path only = dirs.get("");
            c.add("mount", only.toString(), destination, "", Long.toString(bindFlags), "", "0");
            return;
        }
        long tmpfsFlags = Syscalls.MS_NOSUID | Syscalls.MS_NODEV | Syscalls.MS_NOEXEC;
        c.add("mount", "tmpfs", destination, "tmpfs", Long.toString(tmpfsFlags), "mode=755", "0");
        dirs.forEach((name, dir) ->
                c.add("mount", dir.toString(), destination + "/" + name, "", Long.toString(bindFlags), "", "0"));
    }

    private static void process(HelperConfig c, ProcessSpec p) {
        if (p.isTerminal()) {
            c.add("terminal");
        }
        if (p.user() != null) {
            c.add("user", Long.toString(p.user().uid()), Long.toString(p.user().gid()));
            if (p.user().additionalGids() != null) {
                p.user().additionalGids().forEach(g -> c.add("group", Long.toString(g)));
            }
        }
        ProcessSpec.Capabilities caps = p.capabilities();
        if (caps != null) {
            c.add("caps", hex(caps.bounding()), hex(caps.effective()), hex(caps.inheritable()), hex(caps.permitted()),
                    hex(caps.ambient()));
        } else {
            c.add("caps", "0", "0", "0", "0", "0");
        }
        if (p.rlimits() != null) {
            for (ProcessSpec.Rlimit r : p.rlimits()) {
                c.add("rlimit", Integer.toString(Rlimits.number(r.type())), Long.toUnsignedString(r.soft()),
                        Long.toUnsignedString(r.hard()));
            }
        }
        if (Boolean.TRUE.equals(p.noNewPrivileges())) {
            c.add("nonewprivs");
        }
        if (p.oomScoreAdj() != null) {
            c.add("oomscore", Integer.toString(p.oomScoreAdj()));
        }
        c.add("cwd", p.cwd());
        if (p.env() != null) {
            p.env().forEach(e -> c.add("env", e));
        }
        p.args().forEach(a -> c.add("arg", a));
    }

    private static String hex(List<String> names) {
        return Long.toHexString(Capability.mask(names));
    }
}
