package dev.jetpod.runtime.rootfs;

import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.testing.RecordingSyscalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OverlayRootfsTest {
    @Test
    void layersGoTopFirstWithUpperAndWorkInTheContainerDir(@TempDir Path dir) throws Exception {
        Path bottom = Files.createDirectories(dir.resolve("l1")), top = Files.createDirectories(dir.resolve("l2"));
        RecordingSyscalls sys = new RecordingSyscalls();
        Path rootfs = new OverlayRootfs(sys).mount(dir.resolve("c"), new RootfsSource.Layers(List.of(bottom, top)));
        assertEquals(dir.resolve("c/rootfs"), rootfs);
        assertEquals(List.of("mount overlay " + rootfs + " overlay 0 lowerdir=" + top + ":" + bottom + ",upperdir="
                + dir.resolve("c/upper") + ",workdir=" + dir.resolve("c/work")), sys.callsStartingWith("mount"));
        new OverlayRootfs(sys).unmount(dir.resolve("c"));
        assertEquals(List.of("umount " + rootfs + " 2"), sys.callsStartingWith("umount"));
    }

    @Test
    void missingLayerOrUnsafePath(@TempDir Path dir) throws Exception {
        RecordingSyscalls sys = new RecordingSyscalls();
        assertThrows(InvalidSpecException.class, () -> new OverlayRootfs(sys).mount(dir, new RootfsSource.Layers(List.of(dir.resolve("none")))));
        Path comma = Files.createDirectories(dir.resolve("a,b"));
        assertThrows(InvalidSpecException.class, () -> new OverlayRootfs(sys).mount(dir, new RootfsSource.Layers(List.of(comma))));
        assertEquals(List.of(), sys.callsStartingWith("mount"));
    }
}
