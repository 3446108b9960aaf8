package dev.jetpod.runtime.cgroup;

/** How the machine mounts cgroups: all v1, v1 controllers plus a v2 hierarchy (hybrid), or unified v2. */
public enum CgroupVersion {
    V1, HYBRID, V2
}
