package dev.jetpod.runtime.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Optional;

/**
 * A created sandbox: persistent namespace files (bind mounts of /proc/PID/ns/*, no process holds them),
 * the pod cgroup, and for a shared PID namespace the pid of its tiny init. Persisted as sandbox.json.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sandbox(String id, String hostname, boolean hostNetwork, String netns, String ipcns, String utsns,
                      String pidns, int podInitPid, long podInitStartTime, String cgroupPath) {

    public Optional<String> netnsPath() {
        return Optional.ofNullable(netns);
    }

    public Optional<String> pidnsPath() {
        return Optional.ofNullable(pidns);
    }
}
