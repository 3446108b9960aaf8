package dev.jetpod.runtime.cgroup;

import java.nio.file.Path;
import java.util.List;

/**
 * One cgroup backend (v1, hybrid or v2), chosen at start by {@link CgroupManagers#detect}. Paths are
 * relative to the hierarchy roots, e.g. "jetpod/pod-web/app". Operations that converge accept what is there.
 */
public interface CgroupManager {
    CgroupVersion version();

    /** Creates the cgroup (and its parents) if missing and applies the limits; says how to join it. */
    CgroupJoin ensure(String path, CgroupResources resources);

    CgroupStats stats(String path);

    /** How many times the kernel's OOM killer killed a process of this cgroup. */
    long oomKills(String path);

    List<Integer> processes(String path);

    /** Sends SIGKILL to every process in the cgroup (cgroup.kill on v2). */
    void killAll(String path);

    /** Removes the cgroup (must be empty of processes); false when it did not exist. */
    boolean remove(String path);

    boolean exists(String path);

    /**
     * The cgroup's directory in each hierarchy, keyed by a name for the container's /sys/fs/cgroup
     * (v1: the hierarchy's directory name such as "memory"; v2: the empty name).
     */
    java.util.Map<String, Path> directories(String path);
}
