package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.testing.Cmd;
import dev.jetpod.runtime.image.testing.OverlayMount;
import dev.jetpod.runtime.image.unpack.NativeLayerFs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store on a real filesystem as root: busybox from Debian's busybox-static, OCI layouts written by umoci and
 * skopeo (independent producers), overlay mounts of the unpacked layers, holders across a restart, GC.
 */
@Tag("root")
class ImageStoreTest {
    @TempDir
    static Path work;
    static ImageStore store;
    static Image busybox;

    @BeforeAll
    static void importBusybox() {
        store = ImageStore.open(work.resolve("store"));
        busybox = BusyboxImage.ensure(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void busyboxImageRunsFromItsLayerAndIsReproducible() throws Exception {
        assertEquals(List.of("busybox:latest"), busybox.names());
        assertEquals(List.of("sh"), busybox.config().cmd());
        assertEquals(1, busybox.layerDirs().size());
        Path layer = busybox.layerDirs().get(0);
        assertEquals("/bin/busybox", Files.readSymbolicLink(layer.resolve("bin/sh")).toString());
        assertEquals(01777, (Integer) Files.getAttribute(layer.resolve("tmp"), "unix:mode") & 07777);
        assertEquals("hello from the layer\n", Cmd.run("chroot", layer.toString(), "/bin/sh", "-c", "echo hello from the layer"));

        assertEquals(busybox.id(), store.resolve("busybox").id());
        assertEquals(busybox.id(), store.resolve(busybox.id()).id());
        assertEquals(busybox.id(), store.resolve(busybox.shortId()).id());
        try (ImageStore other = ImageStore.open(work.resolve("other-store"))) {
            assertEquals(busybox.id(), BusyboxImage.ensure(other).id(), "same binary, same image ID");
        }
    }

    @Test
    void umociLayoutWithWhiteoutsAndOpaqueDirsStacksAsOverlay() throws Exception {
        Path layout = work.resolve("umoci-layout");
        Path src = Files.createDirectories(work.resolve("umoci-src"));
        Files.createDirectories(src.resolve("base/a"));
        Files.createDirectories(src.resolve("base/b"));
        Files.writeString(src.resolve("base/a/old"), "old");
        Files.writeString(src.resolve("base/b/z"), "z");
        Files.writeString(src.resolve("base/b/keep"), "keep");
        Files.createDirectories(src.resolve("newa"));
        Files.writeString(src.resolve("newa/fresh"), "fresh");
        String image = layout + ":v1";
        Cmd.run("umoci", "init", "--layout", layout.toString());
        Cmd.run("umoci", "new", "--image", image);
        Cmd.run("umoci", "insert", "--image", image, src.resolve("base").toString(), "/data");
        Cmd.run("umoci", "insert", "--image", image, "--whiteout", "/data/b/z");
        Cmd.run("umoci", "insert", "--image", image, "--opaque", src.resolve("newa").toString(), "/data/a");
        Cmd.run("umoci", "config", "--image", image, "--config.cmd", "/bin/sh", "--config.env", "A=1",
                "--config.workingdir", "/data", "--config.user", "1000:1000", "--config.exposedports", "8080/tcp",
                "--config.label", "team=runtime");

        Image imported = store.importOciLayout(layout, "v1", List.of("umoci/test:v1"));

        assertEquals(List.of("umoci/test:v1"), imported.names());
        ImageConfig config = imported.config();
        assertEquals(List.of("/bin/sh"), config.cmd());
        assertTrue(config.env().contains("A=1"));
        assertEquals("/data", config.workingDir());
        assertEquals("1000:1000", config.user());
        assertEquals(List.of("8080/tcp"), config.exposedPorts());
        assertEquals("runtime", config.labels().get("team"));
        assertEquals(3, imported.layerDirs().size());
        NativeLayerFs fs = new NativeLayerFs();
        Path whiteout = imported.layerDirs().get(1).resolve("data/b/z");
        assertEquals(0020000, (Integer) Files.getAttribute(whiteout, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000);
        assertEquals(0L, ((Number) Files.getAttribute(whiteout, "unix:rdev", LinkOption.NOFOLLOW_LINKS)).longValue());
        assertArrayEquals(new byte[]{'y'}, fs.lgetxattr(imported.layerDirs().get(2).resolve("data/a"), "trusted.overlay.opaque").orElseThrow());

        try (OverlayMount merged = new OverlayMount(imported.layerDirs(), work.resolve("merged"))) {
            Path data = merged.root().resolve("data");
            assertEquals(List.of("fresh"), names(data.resolve("a")), "opaque dir hides the lower layer's contents");
            assertEquals(List.of("keep"), names(data.resolve("b")), "whiteout hides b/z");
        }
    }

    @Test
    void ociArchiveFromSkopeoImportsToTheSameImage() throws Exception {
        Path layout = work.resolve("export-layout");
        store.exportOciLayout("busybox", layout, "latest");
        Path archive = work.resolve("busybox.tar");
        Cmd.run("skopeo", "copy", "--quiet", "oci:" + layout + ":latest", "oci-archive:" + archive + ":latest");

        try (ImageStore fresh = ImageStore.open(work.resolve("archive-store"))) {
            Image imported = fresh.importPath(archive, "from-archive:1", ImageConfig.EMPTY);
            assertEquals(busybox.id(), imported.id());
            assertEquals(List.of("from-archive:1"), imported.names());
            assertTrue(Files.isExecutable(imported.layerDirs().get(0).resolve("bin/busybox")));
        }
    }

    @Test
    void removeIsRefusedWhileHeldEvenAfterARestartAndThenCollectsContent() throws Exception {
        Path rootfs = Files.createDirectories(work.resolve("held-rootfs/etc"));
        Files.writeString(rootfs.resolve("held"), "held");
        ImageStore own = ImageStore.open(work.resolve("held-store"));
        Image image = own.importRootfs(rootfs.getParent(), "held:1", ImageConfig.EMPTY.withCmd(List.of("true")));
        own.acquire(image.id(), "container-1");
        own.acquire(image.id(), "container-1");

        ImageInUseException refused = assertThrows(ImageInUseException.class, () -> own.remove("held:1"));
        assertEquals(List.of("container-1"), refused.holders());
        own.close();
        try (ImageStore restarted = ImageStore.open(own.root())) {
            assertThrows(ImageInUseException.class, () -> restarted.remove(image.id()));
            restarted.release("container-1");
            RemoveResult removed = restarted.remove("held:1");
            assertEquals(image.id(), removed.deletedImageId().orElseThrow());
            assertEquals(1, removed.collected().layersRemoved());
            assertEquals(3, removed.collected().blobsRemoved(), "layer, config and manifest");
        }
        assertFalse(Files.exists(image.layerDirs().get(0)));
        try (ImageStore reopened = ImageStore.open(own.root())) {
            assertThrows(ImageNotFoundException.class, () -> reopened.resolve("held:1"));
            assertThrows(ImageNotFoundException.class, () -> reopened.acquire(image.id(), "container-2"));
            assertEquals(List.of(), names(reopened.root().resolve("blobs/sha256")));
        }
    }

    @Test
    void imagesShareLayersAndUntaggingKeepsTheImage() throws Exception {
        Path rootfs = Files.createDirectories(work.resolve("shared-rootfs"));
        Files.writeString(rootfs.resolve("shared"), "one layer, two images");
        Image first = store.importRootfs(rootfs, "shared:a", ImageConfig.EMPTY.withCmd(List.of("a")), Instant.EPOCH);
        Image second = store.importRootfs(rootfs, "shared:b", ImageConfig.EMPTY.withCmd(List.of("b")), Instant.EPOCH);
        store.tag("shared:b", "shared:alias");

        assertFalse(first.id().equals(second.id()));
        assertEquals(first.layerDirs(), second.layerDirs(), "the same unpacked directory serves both images");

        RemoveResult untag = store.remove("shared:alias");
        assertEquals(List.of("shared:alias"), untag.untagged());
        assertTrue(untag.deletedImageId().isEmpty());
        assertEquals(List.of("shared:b"), store.resolve(second.id()).names());

        store.remove("shared:a");
        assertTrue(Files.isDirectory(second.layerDirs().get(0)), "still used by shared:b");
        store.remove("shared:b");
        assertFalse(Files.exists(second.layerDirs().get(0)));
    }

    @Test
    void tamperedLayoutBlobIsRefusedAndLeavesNothing() throws Exception {
        Path layout = work.resolve("tampered-layout");
        Path rootfs = Files.createDirectories(work.resolve("tampered-rootfs"));
        Files.writeString(rootfs.resolve("f"), "original");
        try (ImageStore source = ImageStore.open(work.resolve("tamper-source"))) {
            Image image = source.importRootfs(rootfs, "tampered:1", ImageConfig.EMPTY);
            source.exportOciLayout(image.id(), layout, "latest");
        }
        Path blobs = layout.resolve("blobs/sha256");
        Path biggest;
        try (Stream<Path> files = Files.list(blobs)) {
            biggest = files.max(java.util.Comparator.comparingLong(ImageStoreTest::size)).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(biggest, bytes);
        try (ImageStore target = ImageStore.open(work.resolve("tamper-target"))) {
            DigestMismatchException e = assertThrows(DigestMismatchException.class,
                    () -> target.importOciLayout(layout, null, List.of("tampered:1")));
            assertTrue(e.getMessage().contains("expected sha256:" + biggest.getFileName()), e.getMessage());
            assertEquals(List.of(), names(target.root().resolve("ingest")));
            assertEquals(List.of(), names(target.root().resolve("layers/sha256")));
            assertEquals(List.of(), names(target.root().resolve("layers/tmp")));
            assertTrue(target.list().isEmpty());
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
