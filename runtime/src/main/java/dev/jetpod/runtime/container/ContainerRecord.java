package dev.jetpod.runtime.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * What the runtime persists in &lt;state&gt;/containers/&lt;id&gt;/state.json so that a new runtime instance
 * finds the container again. Times are epoch nanoseconds; process start times come from /proc/PID/stat
 * and guard against signalling a recycled PID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContainerRecord(String id, String sandboxId, String bundle, String rootfs, boolean overlay,
                              String cgroupPath, int pid, long pidStartTime, int supervisorPid,
                              long supervisorStartTime, String logPath, long createdAt, Long startedAt,
                              boolean creating, String finalReason, String finalMessage, Integer finalExitCode,
                              Long finishedAt, Map<String, String> annotations) {

    public ContainerRecord created(int pid, long pidStart, int supervisor, long supervisorStart) {
        return new ContainerRecord(id, sandboxId, bundle, rootfs, overlay, cgroupPath, pid, pidStart, supervisor,
                supervisorStart, logPath, createdAt, startedAt, false, finalReason, finalMessage, finalExitCode,
                finishedAt, annotations);
    }

    public ContainerRecord started(long at) {
        return new ContainerRecord(id, sandboxId, bundle, rootfs, overlay, cgroupPath, pid, pidStartTime,
                supervisorPid, supervisorStartTime, logPath, createdAt, at, creating, finalReason, finalMessage,
                finalExitCode, finishedAt, annotations);
    }

    /** Freezes the outcome, so it survives the removal of the cgroup that told us about OOM kills. */
    public ContainerRecord finished(String reason, String message, int exitCode, long at, Long started) {
        return new ContainerRecord(id, sandboxId, bundle, rootfs, overlay, cgroupPath, pid, pidStartTime,
                supervisorPid, supervisorStartTime, logPath, createdAt, started, false, reason, message, exitCode,
                at, annotations);
    }
}
