package dev.jetpod.runtime;

import dev.jetpod.runtime.sys.LinuxSyscalls;
import dev.jetpod.runtime.sys.Syscalls;

import dev.jetpod.runtime.image.ImageStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the runtime keeps its state and which cgroup it nests containers under. Both names contain
 * "jetpod" so leftovers are easy to find. Tests pass a unique cgroup root and state directory. With an
 * image store, containers made from images hold their image while they exist.
 */
public record RuntimeOptions(Path stateRoot, String cgroupRoot, Syscalls syscalls, Optional<ImageStore> images,
                             MeterRegistry meters) {
    public static final Path DEFAULT_STATE_ROOT = Path.of("/run/jetpod");
    public static final String DEFAULT_CGROUP_ROOT = "jetpod";

    public static RuntimeOptions defaults() {
        return at(DEFAULT_STATE_ROOT, DEFAULT_CGROUP_ROOT);
    }

    public static RuntimeOptions at(Path stateRoot, String cgroupRoot) {
        return new RuntimeOptions(stateRoot, cgroupRoot, new LinuxSyscalls(), Optional.empty(), new SimpleMeterRegistry());
    }

    /** Where the runtime's meters go (the component's Prometheus registry); a private one by default. */
    public RuntimeOptions withMeters(MeterRegistry registry) {
        return new RuntimeOptions(stateRoot, cgroupRoot, syscalls, images, registry);
    }

    /** Containers created from images hold them in this store (so they cannot be removed) until removed. */
    public RuntimeOptions withImages(ImageStore store) {
        return new RuntimeOptions(stateRoot, cgroupRoot, syscalls, Optional.of(store), meters);
    }
}
