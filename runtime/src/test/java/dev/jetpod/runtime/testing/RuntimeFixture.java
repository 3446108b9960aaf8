package dev.jetpod.runtime.testing;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeOptions;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.container.ContainerStore;
import dev.jetpod.runtime.sandbox.Sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One runtime on a fresh state directory and cgroup root (both named jetpod-test-…), a busybox rootfs,
 * and the leftover check that runs after every test.
 */
public final class RuntimeFixture implements AutoCloseable {
    public final Path base;
    public final Path stateRoot;
    public final Path rootfs;
    public final String cgroupRoot;
    public final ContainerRuntime runtime;
    private final long vethsBefore;

    public RuntimeFixture() throws IOException {
        String tag = "jetpod-test-" + UUID.randomUUID().toString().substring(0, 8);
        base = Files.createTempDirectory(tag);
        stateRoot = base.resolve("state");
        rootfs = BusyboxRootfs.create(base.resolve("rootfs"));
        cgroupRoot = tag;
        runtime = ContainerRuntime.open(RuntimeOptions.at(stateRoot, cgroupRoot));
        vethsBefore = Leftovers.vethCount();
    }

    public ContainerRuntime reopen() {
        return ContainerRuntime.open(RuntimeOptions.at(stateRoot, cgroupRoot));
    }

    /** Asserts that no mount, cgroup, process, namespace file, container directory or veth is left. */
    public void assertNothingLeft() throws IOException {
        List<String> left = Leftovers.find(stateRoot, cgroupRoot);
        assertEquals(List.of(), left, "leftovers");
        assertEquals(vethsBefore, Leftovers.vethCount(), "veth count");
    }

    /** Removes whatever a failed test left, so the next test starts clean. */
    public void forceClean() {
        for (ContainerStatus c : runtime.list()) {
            try {
                runtime.remove(c.id(), true);
            } catch (RuntimeException e) {
                System.err.println("cleanup of " + c.id() + ": " + e.getMessage());
            }
        }
        for (Sandbox s : runtime.listSandboxes()) {
            try {
                runtime.removeSandbox(s.id());
            } catch (RuntimeException e) {
                System.err.println("cleanup of sandbox " + s.id() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() throws IOException {
        forceClean();
        runtime.close();
        Leftovers.removeCgroupRoot(cgroupRoot);
        ContainerStore.deleteTree(base);
    }
}
