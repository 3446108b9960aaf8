package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.sys.Syscalls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** OCI mount options ("nosuid", "ro", "rbind", "mode=755", ...) as mount(2) flags, propagation and data. */
public record MountOptions(long flags, long propagation, String data) {
    private static final Map<String, Long> SET = Map.ofEntries(
            Map.entry("ro", Syscalls.MS_RDONLY), Map.entry("nosuid", Syscalls.MS_NOSUID),
            Map.entry("nodev", Syscalls.MS_NODEV), Map.entry("noexec", Syscalls.MS_NOEXEC),
            Map.entry("sync", Syscalls.MS_SYNCHRONOUS), Map.entry("remount", Syscalls.MS_REMOUNT),
            Map.entry("mand", Syscalls.MS_MANDLOCK), Map.entry("dirsync", Syscalls.MS_DIRSYNC),
            Map.entry("noatime", Syscalls.MS_NOATIME), Map.entry("nodiratime", Syscalls.MS_NODIRATIME),
            Map.entry("bind", Syscalls.MS_BIND), Map.entry("rbind", Syscalls.MS_BIND | Syscalls.MS_REC),
            Map.entry("relatime", Syscalls.MS_RELATIME), Map.entry("strictatime", Syscalls.MS_STRICTATIME),
            Map.entry("nosymfollow", Syscalls.MS_NOSYMFOLLOW), Map.entry("lazytime", Syscalls.MS_LAZYTIME));
    private static final Map<String, Long> CLEAR = Map.ofEntries(
            Map.entry("rw", Syscalls.MS_RDONLY), Map.entry("suid", Syscalls.MS_NOSUID),
            Map.entry("dev", Syscalls.MS_NODEV), Map.entry("exec", Syscalls.MS_NOEXEC),
            Map.entry("async", Syscalls.MS_SYNCHRONOUS), Map.entry("nomand", Syscalls.MS_MANDLOCK),
            Map.entry("atime", Syscalls.MS_NOATIME), Map.entry("diratime", Syscalls.MS_NODIRATIME),
            Map.entry("norelatime", Syscalls.MS_RELATIME), Map.entry("nostrictatime", Syscalls.MS_STRICTATIME));
    private static final Map<String, Long> PROPAGATION = Map.of(
            "private", Syscalls.MS_PRIVATE, "rprivate", Syscalls.MS_PRIVATE | Syscalls.MS_REC,
            "shared", Syscalls.MS_SHARED, "rshared", Syscalls.MS_SHARED | Syscalls.MS_REC,
            "slave", Syscalls.MS_SLAVE, "rslave", Syscalls.MS_SLAVE | Syscalls.MS_REC,
            "unbindable", Syscalls.MS_UNBINDABLE, "runbindable", Syscalls.MS_UNBINDABLE | Syscalls.MS_REC);

    public static MountOptions parse(List<String> options) {
        long flags = 0, propagation = 0;
        List<String> data = new ArrayList<>();
        for (String o : options) {
            if (SET.containsKey(o)) {
                flags |= SET.get(o);
            } else if (CLEAR.containsKey(o)) {
                flags &= ~CLEAR.get(o);
            } else if (PROPAGATION.containsKey(o)) {
                propagation |= PROPAGATION.get(o);
            } else if (!o.equals("tmpcopyup") && !o.equals("defaults")) {
                data.add(o);
            }
        }
        return new MountOptions(flags, propagation, String.join(",", data));
    }

    /** A value for "rootfsPropagation", defaulting to rslave as runc does. */
    public static long rootPropagation(String name) {
        if (name == null || name.isEmpty()) {
            return Syscalls.MS_SLAVE | Syscalls.MS_REC;
        }
        Long p = PROPAGATION.get(name);
        if (p == null) {
            throw new dev.jetpod.runtime.spec.InvalidSpecException("unknown rootfsPropagation '" + name + "'");
        }
        return p;
    }

    public boolean isBind() {
        return (flags & Syscalls.MS_BIND) != 0;
    }
}
