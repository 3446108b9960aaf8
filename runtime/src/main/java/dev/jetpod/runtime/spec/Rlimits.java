package dev.jetpod.runtime.spec;

import java.util.List;

/** RLIMIT_* names to their numbers on Linux (asm-generic/resource.h). */
public final class Rlimits {
    private static final List<String> NAMES = List.of("RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK",
            "RLIMIT_CORE", "RLIMIT_RSS", "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
            "RLIMIT_LOCKS", "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME");

    private Rlimits() {
    }

    public static int number(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new InvalidSpecException("unknown rlimit type '" + name + "'");
        }
        return i;
    }
}
