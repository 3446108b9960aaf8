package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.cgroup.CgroupJoin;
import dev.jetpod.runtime.spec.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the planner needs besides the spec: where the container's state and log live, how the
 * init joins its cgroups, the host directories of its cgroups (for the /sys/fs/cgroup mount),
 * and whether it runs in the foreground of the caller's terminal (runc run) or detached and supervised.
 *
 * @param spec       the spec with root.path absolute (a bundle's rootfs or the mounted overlay)
 * @param bundle     where relative bind-mount sources resolve
 * @param logFile    the CRI log file, or empty to pass stdio through (foreground)
 * @param waitForStart true for create/start, false to exec at once (run)
 */
public record ContainerSetup(Spec spec, Path bundle, Path stateDir, Optional<Path> logFile, boolean foreground,
                             boolean waitForStart, CgroupJoin cgroupJoin, Map<String, Path> cgroupDirs) {
}
