package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.RuntimeFailure;

/** The helper reported a failure ("rootfs: mount proc on /x/proc: Permission denied") or died without a report. */
public class HelperException extends RuntimeFailure {
    private final String stage;

    public HelperException(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    /** The helper stage that failed (rootfs, exec, cgroup, namespaces, ...). */
    public String stage() {
        return stage;
    }

    /** True when the program to run could not be found or executed: Kubernetes' ContainerCannotRun. */
    public boolean isExecFailure() {
        return stage.equals("exec");
    }
}
