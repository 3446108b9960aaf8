package dev.jetpod.runtime.sandbox;

import dev.jetpod.runtime.cgroup.CgroupResources;

/**
 * A pod's shared environment: hostname (UTS), IPC, network (unless hostNetwork) and optionally one PID
 * namespace for all its containers (Kubernetes shareProcessNamespace). Resources limit the pod cgroup.
 */
public record SandboxConfig(String id, String hostname, boolean hostNetwork, boolean sharePid, CgroupResources resources) {
    public static SandboxConfig of(String id, String hostname) {
        return new SandboxConfig(id, hostname, false, false, CgroupResources.NONE);
    }
}
