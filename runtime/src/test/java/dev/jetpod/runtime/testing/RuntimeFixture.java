package dev.jetpod.runtime.testing;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeOptions;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.container.ContainerStore;
import dev.jetpod.runtime.sandbox.Sandbox;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One runtime on a fresh state directory and cgroup root (both named jetpod-test-…), a busybox rootfs,
 * and the leftover check. Test classes share one per class as a JUnit extension:
 * <pre>
 * &#64;RegisterExtension
 * static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
 * static final ContainerRuntime rt = fx.runtime;
 * </pre>
 * After each test it asserts that nothing is left and removes what a failed test left; after the class it closes.
 */
public final class RuntimeFixture implements AutoCloseable, AfterEachCallback, AfterAllCallback {
    public final Path base;
    public final Path stateRoot;
    public final Path rootfs;
    public final String cgroupRoot;
    public final ContainerRuntime runtime;
    private final long vethsBefore;
    private final boolean checkAfterEach;

    /** For classes whose tests each start from and leave nothing. */
    public static RuntimeFixture checkedAfterEachTest() {
        return create(true);
    }

    /** For classes whose tests share containers made for the whole class; they check for leftovers themselves. */
    public static RuntimeFixture sharedByTheClass() {
        return create(false);
    }

    private static RuntimeFixture create(boolean checkAfterEach) {
        try {
            return new RuntimeFixture(checkAfterEach);
        } catch (IOException e) {
            throw new UncheckedIOException("could not set up the test runtime", e);
        }
    }

    public RuntimeFixture() throws IOException {
        this(false);
    }

    private RuntimeFixture(boolean checkAfterEach) throws IOException {
        this.checkAfterEach = checkAfterEach;
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
    public void afterEach(ExtensionContext context) throws IOException {
        if (!checkAfterEach) {
            return;
        }
        try {
            assertNothingLeft();
        } finally {
            forceClean();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        forceClean();
        runtime.close();
        Leftovers.removeCgroupRoot(cgroupRoot);
        ContainerStore.deleteTree(base);
    }
}
