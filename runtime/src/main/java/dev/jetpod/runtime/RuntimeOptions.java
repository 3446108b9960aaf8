package dev.jetpod.runtime;

import dev.jetpod.runtime.sys.LinuxSyscalls;
import dev.jetpod.runtime.sys.Syscalls;

import dev.jetpod.runtime.image.ImageStore;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the runtime keeps its state and which cgroup it nests containers under. Both names contain
 * "jetpod" so leftovers are easy to find. Tests pass a unique cgroup root and state directory. With an
 * image store, containers made from images hold their image while they exist.
 */
public record RuntimeOptions(Path stateRoot, String cgroupRoot, Syscalls syscalls, Optional<ImageStore> images) {
    public static final Path DEFAULT_STATE_ROOT = Path.of("/run/jetpod");
    public static final String DEFAULT_CGROUP_ROOT = "jetpod";

    public static RuntimeOptions defaults() {
        return new RuntimeOptions(DEFAULT_STATE_ROOT, DEFAULT_CGROUP_ROOT, new LinuxSyscalls(), Optional.empty());
    }

    public static RuntimeOptions at(Path stateRoot, String cgroupRoot) {
        return new RuntimeOptions(stateRoot, cgroupRoot, new LinuxSyscalls(), Optional.empty());
    }

    /** Containers created from images hold them in this store (so they cannot be removed) until removed. */
    public RuntimeOptions withImages(ImageStore store) {
        return new RuntimeOptions(stateRoot, cgroupRoot, syscalls, Optional.of(store));
    }
}
