package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.RuntimeFailure;

/** A cgroup could not be created, configured, read or removed. */
public class CgroupException extends RuntimeFailure {
    public CgroupException(String message) {
        super(message);
    }

    public CgroupException(String message, Throwable cause) {
        super(message, cause);
    }
}
