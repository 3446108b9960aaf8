package dev.jetpod.runtime.container;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeFailure;
import dev.jetpod.runtime.helper.HelperException;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.sandbox.SandboxNotFoundException;
import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input through the Java API: a typed, one-line error naming the object, and nothing left behind. */
@Tag("root")
class FaultTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static final ContainerRuntime rt = fx.runtime;

    private ContainerConfig.Builder busybox(String id, String... cmd) {
        return ContainerConfig.builder(id, new RootfsSource.Directory(fx.rootfs), List.of(cmd));
    }

    @Test
    void missingVolumeSourceFailsAtTheRootfsStage() {
        Path missing = fx.base.resolve("no-such-volume");
        HelperException e = assertThrows(HelperException.class, () -> rt.create(busybox("vol", "true")
                .volumes(List.of(new ContainerConfig.Volume(missing, "/data", false))).build()));
        assertEquals("rootfs", e.stage());
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("No such file"), e.getMessage());
        assertThrows(ContainerNotFoundException.class, () -> rt.status("vol"));
    }

    @Test
    void missingRootfsDirectory() {
        HelperException e = assertThrows(HelperException.class, () -> rt.create(ContainerConfig.builder("nofs",
                new RootfsSource.Directory(fx.base.resolve("no-rootfs")), List.of("true")).build()));
        assertTrue(e.getMessage().contains("no-rootfs"), e.getMessage());
    }

    @Test
    void missingImageLayer() {
        assertThrows(InvalidSpecException.class, () -> rt.create(ContainerConfig.builder("nolayer",
                new RootfsSource.Layers(List.of(fx.base.resolve("gone"))), List.of("true")).build()));
    }

    @Test
    void unknownSandboxOrCapabilityOrBadId() {
        assertThrows(SandboxNotFoundException.class, () -> rt.create(busybox("orphan", "true").sandbox("nope").build()));
        InvalidSpecException cap = assertThrows(InvalidSpecException.class,
                () -> rt.create(busybox("cap", "true").capabilities(List.of("FLY"), List.of()).build()));
        assertEquals("unknown capability 'FLY'", cap.getMessage());
        assertThrows(InvalidSpecException.class, () -> rt.create(busybox("../escape", "true").build()));
    }

    @Test
    void operationsOnUnknownContainers() {
        assertThrows(ContainerNotFoundException.class, () -> rt.start("ghost"));
        assertThrows(ContainerNotFoundException.class, () -> rt.remove("ghost", true));
        RuntimeFailure e = assertThrows(ContainerNotFoundException.class, () -> rt.kill("ghost", 15, false));
        assertEquals("container ghost does not exist", e.getMessage());
    }

    @Test
    void killOfAStoppedContainerIsRefused() {
        rt.create(busybox("done", "true").build());
        rt.start("done");
        rt.awaitExit("done", java.time.Duration.ofSeconds(30)).orElseThrow();
        assertThrows(InvalidStateException.class, () -> rt.kill("done", 15, false));
        assertThrows(InvalidStateException.class, () -> rt.start("done"));
        rt.remove("done", false);
    }
}
