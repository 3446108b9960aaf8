package dev.jetpod.runtime.spec;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Linux capabilities by bit number (linux/capability.h), with Docker's default set. */
public enum Capability {
    CHOWN, DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER, FSETID, KILL, SETGID, SETUID, SETPCAP, LINUX_IMMUTABLE,
    NET_BIND_SERVICE, NET_BROADCAST, NET_ADMIN, NET_RAW, IPC_LOCK, IPC_OWNER, SYS_MODULE, SYS_RAWIO, SYS_CHROOT,
    SYS_PTRACE, SYS_PACCT, SYS_ADMIN, SYS_BOOT, SYS_NICE, SYS_RESOURCE, SYS_TIME, SYS_TTY_CONFIG, MKNOD, LEASE,
    AUDIT_WRITE, AUDIT_CONTROL, SETFCAP, MAC_OVERRIDE, MAC_ADMIN, SYSLOG, WAKE_ALARM, BLOCK_SUSPEND, AUDIT_READ,
    PERFMON, BPF, CHECKPOINT_RESTORE;

    /** What Docker (and so Kubernetes on Docker/containerd) grants a container by default. */
    public static final Set<Capability> DOCKER_DEFAULT = EnumSet.of(CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD,
            NET_RAW, SETGID, SETUID, SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE);

    /** Accepts "CAP_NET_ADMIN", "NET_ADMIN" or "net_admin" (Kubernetes writes them without the prefix). */
    public static Capability parse(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("CAP_")) {
            n = n.substring(4);
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new InvalidSpecException("unknown capability '" + name + "'");
        }
    }

    public String capName() {
        return "CAP_" + name();
    }

    public static long mask(Collection<String> names) {
        long m = 0;
        if (names != null) {
            for (String n : names) {
                m |= 1L << parse(n).ordinal();
            }
        }
        return m;
    }
}
