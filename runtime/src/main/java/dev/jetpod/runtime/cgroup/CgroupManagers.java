package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;

/** Chooses the backend for the machine's cgroup layout. */
public final class CgroupManagers {
    private CgroupManagers() {
    }

    public static CgroupManager detect(Syscalls sys) {
        String mountinfo = sys.readFile(Path.of("/proc/self/mountinfo"))
                .orElseThrow(() -> new CgroupException("cannot read /proc/self/mountinfo"));
        return forLayout(sys, CgroupLayout.parse(mountinfo));
    }

    public static CgroupManager forLayout(Syscalls sys, CgroupLayout layout) {
        return switch (layout.version()) {
            case V1 -> new CgroupV1Manager(sys, layout.v1Controllers());
            case HYBRID -> new CgroupHybridManager(sys, layout.v1Controllers(), layout.unified().orElseThrow());
            case V2 -> new CgroupV2Manager(sys, layout.unified().orElseThrow());
        };
    }
}
