package dev.jetpod.runtime;

import dev.jetpod.runtime.sys.LinuxSyscalls;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;

/**
 * Where the runtime keeps its state and which cgroup it nests containers under. Both names contain
 * "jetpod" so leftovers are easy to find. Tests pass a unique cgroup root and state directory.
 */
public record RuntimeOptions(Path stateRoot, String cgroupRoot, Syscalls syscalls) {
    public static final Path DEFAULT_STATE_ROOT = Path.of("/run/jetpod");
    public static final String DEFAULT_CGROUP_ROOT = "jetpod";

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(DEFAULT_STATE_ROOT, DEFAULT_CGROUP_ROOT, new LinuxSyscalls());
    }

    public static RuntimeOptions at(Path stateRoot, String cgroupRoot) {
        return new RuntimeOptions(stateRoot, cgroupRoot, new LinuxSyscalls());
    }
}
