package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.unpack.LayerUnpacker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The busybox test image, made the way {@code docker import} would from Debian's {@code busybox-static}:
 * {@code /bin/busybox}, one symlink per applet at the path busybox itself lists ({@code --list-full}),
 * and a minimal /etc (passwd, group), /tmp, /root and mount points. Every mtime and the config timestamp
 * come from the busybox binary, so the same binary always yields the same image ID.
 */
public final class BusyboxImage {
    public static final String NAME = "busybox:latest";
    public static final Path DEFAULT_BINARY = Path.of("/bin/busybox");
    public static final ImageConfig CONFIG = ImageConfig.EMPTY
            .withCmd(List.of("sh"))
            .withEnv(List.of("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));

    private BusyboxImage() {
    }

    /** Imports the busybox image from {@code /bin/busybox} unless {@link #NAME} already resolves. */
    public static Image ensure(ImageStore store) {
        try {
            return store.resolve(NAME);
        } catch (ImageNotFoundException e) {
            return importFrom(store, DEFAULT_BINARY, NAME);
        }
    }

    /** Builds the rootfs from {@code busybox} (a static binary) and imports it as {@code name}. */
    public static Image importFrom(ImageStore store, Path busybox, String name) {
        if (!Files.isExecutable(busybox)) {
            throw new ImageNotFoundException("no busybox binary at '" + busybox + "' (install Debian's busybox-static)");
        }
        Path rootfs = null;
        try {
            rootfs = Files.createTempDirectory("jetpod-busybox-rootfs-");
            FileTime stamp = Files.getLastModifiedTime(busybox);
            buildRootfs(busybox, rootfs, stamp);
            return store.importRootfs(rootfs, name, CONFIG, stamp.toInstant());
        } catch (IOException e) {
            throw new ImageStoreException("could not build the busybox rootfs from '" + busybox + "': " + e.getMessage(), e);
        } finally {
            if (rootfs != null) {
                try {
                    LayerUnpacker.removeIfPresent(rootfs);
                } catch (IOException ignored) {
                    // a temp dir left behind is harmless
                }
            }
        }
    }

    static void buildRootfs(Path busybox, Path rootfs, FileTime stamp) throws IOException {
        for (String dir : List.of("bin", "sbin", "usr/bin", "usr/sbin", "etc", "root", "tmp", "proc", "sys", "dev", "var", "home")) {
            Files.createDirectories(rootfs.resolve(dir));
        }
        Files.setAttribute(rootfs.resolve("tmp"), "unix:mode", 01777);
        Files.setAttribute(rootfs.resolve("root"), "unix:mode", 0700);
        Path binary = rootfs.resolve("bin/busybox");
        Files.copy(busybox, binary);
        Files.setAttribute(binary, "unix:mode", 0755);
        for (String applet : applets(busybox)) {
            Path link = rootfs.resolve(applet);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of("/bin/busybox"));
            }
        }
        Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
        Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nnogroup:x:65534:\n");
        try (var walk = Files.walk(rootfs)) {
            for (Path p : walk.toList()) {
                Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                        .setTimes(stamp, stamp, null);
            }
        }
    }

    /** The applet paths busybox reports ({@code usr/bin/env}, {@code bin/sh}, …). */
    static List<String> applets(Path busybox) throws IOException {
        Process process = new ProcessBuilder(busybox.toString(), "--list-full").redirectErrorStream(true).start();
        List<String> applets = new ArrayList<>();
        try (InputStream out = process.getInputStream()) {
            for (String line : new String(out.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String path = line.trim();
                if (!path.isEmpty() && !path.contains("..") && !path.startsWith("/")) {
                    applets.add(path);
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(busybox + " --list-full failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while listing busybox applets", e);
        } finally {
            process.destroy();
        }
        return applets;
    }
}
