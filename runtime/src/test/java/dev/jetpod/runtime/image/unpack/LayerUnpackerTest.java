package dev.jetpod.runtime.image.unpack;

import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.InvalidImageException;
import dev.jetpod.runtime.image.testing.RecordingLayerFs;
import dev.jetpod.runtime.image.testing.TarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unpacker's logic with a recording LayerFs: no root needed. */
class LayerUnpackerTest {
    @TempDir
    Path root;

    private final RecordingLayerFs fs = new RecordingLayerFs();

    private UnpackResult unpack(byte[] layer) throws Exception {
        return new LayerUnpacker(fs).unpack(new ByteArrayInputStream(layer), root);
    }

    @Test
    void whiteoutsBecomeCharDevicesAndOpaqueMarkersBecomeXattrs() throws Exception {
        byte[] tar = new TarBuilder().dir("etc", 0755, 0, 0).whiteout("etc", "passwd").dir("opt/app", 0755, 0, 0)
                .opaque("opt/app").file("opt/app/new", "n").tar();

        UnpackResult result = unpack(TarBuilder.gzip(tar));

        assertEquals(new RecordingLayerFs.Node(LayerFs.S_IFCHR, 0, 0), fs.nodes.get(root.resolve("etc/passwd")));
        assertArrayEquals(new byte[]{'y'}, fs.xattrs.get(root.resolve("opt/app")).get(LayerUnpacker.OPAQUE_XATTR));
        assertFalse(Files.exists(root.resolve("etc/.wh.passwd")));
        assertFalse(Files.exists(root.resolve("opt/app/.wh..wh..opq")));
        assertEquals("n", Files.readString(root.resolve("opt/app/new")));
        assertEquals(2, result.whiteouts());
        assertEquals(Digest.of(tar), result.diffId(), "diffID is the sha256 of the uncompressed tar, padding included");
        assertEquals(tar.length, result.tarBytes());
    }

    @Test
    void preservesModesOwnersLinksDevicesAndMtimes() throws Exception {
        byte[] tar = new TarBuilder()
                .dir("usr/bin", 0755, 0, 0)
                .file("usr/bin/su", "su", 04755, 0, 0)
                .file("home/u/notes", "hi", 0600, 1000, 1001)
                .hardlink("usr/bin/su-again", "usr/bin/su")
                .symlink("usr/bin/sh", "/bin/busybox")
                .symlink("trailing", "dir//x/")
                .charDevice("dev/null", 1, 3, 0666)
                .fifo("run/fifo")
                .dir("tmp", 01777, 0, 0)
                .tar();

        unpack(tar);

        assertEquals(04755, mode("usr/bin/su"));
        assertEquals(01777, mode("tmp"));
        assertEquals(1000, fs.owners.get(root.resolve("home/u/notes"))[0]);
        assertEquals(1001, fs.owners.get(root.resolve("home/u/notes"))[1]);
        assertEquals(Files.getAttribute(root.resolve("usr/bin/su"), "unix:ino"), Files.getAttribute(root.resolve("usr/bin/su-again"), "unix:ino"));
        assertEquals("/bin/busybox", Files.readSymbolicLink(root.resolve("usr/bin/sh")).toString());
        assertEquals("dir//x/", readLinkRaw(root.resolve("trailing")));
        assertEquals(new RecordingLayerFs.Node(LayerFs.S_IFCHR | 0666, 1, 3), fs.nodes.get(root.resolve("dev/null")));
        assertEquals(LayerFs.S_IFIFO | 0600, fs.nodes.get(root.resolve("run/fifo")).typeAndMode());
        assertEquals(TarBuilder.MTIME, Files.getLastModifiedTime(root.resolve("usr/bin"), LinkOption.NOFOLLOW_LINKS).toInstant(),
                "directory mtimes are applied after their children are written");
        assertEquals(TarBuilder.MTIME, Files.getLastModifiedTime(root.resolve("usr/bin/sh"), LinkOption.NOFOLLOW_LINKS).toInstant());
    }

    @Test
    void keepsBinaryAndTextXattrsExactly() throws Exception {
        byte[] capability = {0x01, 0x00, 0x00, 0x02, (byte) 0xff, (byte) 0xfe, 0x00, 0x00, (byte) 0x80, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] tar = new TarBuilder().fileWithBinaryXattr("bin/ping", "elf", "security.capability", capability)
                .fileWithXattr("etc/conf", "c", "user.comment", "héllo").tar();

        unpack(tar);

        assertArrayEquals(capability, fs.xattrs.get(root.resolve("bin/ping")).get("security.capability"));
        assertArrayEquals("héllo".getBytes(java.nio.charset.StandardCharsets.UTF_8), fs.xattrs.get(root.resolve("etc/conf")).get("user.comment"));
    }

    @Test
    void laterEntriesReplaceEarlierOnes() throws Exception {
        byte[] tar = new TarBuilder().file("a", "first").dir("b", 0755, 0, 0).file("b/x", "x")
                .file("a", "second").file("b", "now a file").tar();

        unpack(tar);

        assertEquals("second", Files.readString(root.resolve("a")));
        assertEquals("now a file", Files.readString(root.resolve("b")));
    }

    @Test
    void refusesEntriesThatEscapeTheLayer() throws Exception {
        List<byte[]> hostile = List.of(
                new TarBuilder().file("../evil", "x").tar(),
                new TarBuilder().file("a/../../evil", "x").tar(),
                new TarBuilder().symlink("link", "/etc").file("link/evil", "x").tar(),
                new TarBuilder().hardlink("h", "../../etc/shadow").tar());
        for (byte[] tar : hostile) {
            Path target = Files.createTempDirectory(root, "layer");
            InvalidImageException e = assertThrows(InvalidImageException.class,
                    () -> new LayerUnpacker(fs).unpack(new ByteArrayInputStream(tar), target));
            assertTrue(e.getMessage().startsWith("layer entry"), e.getMessage());
        }
        assertFalse(Files.exists(root.getParent().resolve("evil")));
    }

    @Test
    void hardlinkToMissingTargetIsRefused() {
        byte[] tar = new TarBuilder().hardlink("h", "nothing-here").tar();
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> unpack(tar));
        assertTrue(e.getMessage().contains("not a file earlier in the layer"), e.getMessage());
    }

    @Test
    void zstdLayersUnpack() throws Exception {
        byte[] tar = new TarBuilder().file("z", "zstd!").tar();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (var out = new com.github.luben.zstd.ZstdOutputStream(compressed)) {
            out.write(tar);
        }

        UnpackResult result = unpack(compressed.toByteArray());

        assertEquals("zstd!", Files.readString(root.resolve("z")));
        assertEquals(Digest.of(tar), result.diffId());
    }

    @Test
    void truncatedGzipIsAnError() {
        byte[] gz = TarBuilder.gzip(new TarBuilder().file("f", "x".repeat(100_000)).tar());
        byte[] truncated = java.util.Arrays.copyOf(gz, gz.length / 2);
        assertThrows(java.io.IOException.class, () -> unpack(truncated));
    }

    @Test
    void acceptsALayerThatEndsRightAfterItsLastEntryLikeUmociWrites() throws Exception {
        byte[] full = new TarBuilder().dir("data", 0755, 0, 0).file("data/f", "x\n").tar();
        byte[] tailless = java.util.Arrays.copyOf(full, 2 * 512 + 2); // two headers and the data, no padding, no trailer

        UnpackResult result = unpack(tailless);

        assertEquals("x\n", Files.readString(root.resolve("data/f")));
        assertEquals(Digest.of(tailless), result.diffId());
    }

    @Test
    void aTarCutInsideDataOrHeaderIsAnError() throws Exception {
        byte[] full = new TarBuilder().file("f", "y".repeat(3000)).file("g", "g").tar();
        for (int cut : new int[]{512 + 1000, 512 + 3072 + 100}) {
            Path target = Files.createTempDirectory(root, "cut");
            byte[] truncated = java.util.Arrays.copyOf(full, cut);
            assertThrows(Exception.class, () -> new LayerUnpacker(fs).unpack(new ByteArrayInputStream(truncated), target),
                    "cut at " + cut);
        }
    }

    private int mode(String path) throws Exception {
        return (Integer) Files.getAttribute(root.resolve(path), "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    private static String readLinkRaw(Path link) throws Exception {
        Process p = new ProcessBuilder("readlink", link.toString()).start();
        return new String(p.getInputStream().readAllBytes()).trim();
    }
}
