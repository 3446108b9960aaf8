package dev.jetpod.runtime.rootfs;

import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Mounts image layers as a container's root: overlay with lowerdir = layers (top first, as overlayfs
 * wants), upperdir and workdir in the container's state directory, so layers stay read-only and shared.
 */
public final class OverlayRootfs {
    /** mount(2) data is limited to one page. */
    private static final int MAX_DATA = 4095;
    private final Syscalls sys;

    public OverlayRootfs(Syscalls sys) {
        this.sys = sys;
    }

    /** Mounts the overlay at containerDir/rootfs and returns that path. */
    public Path mount(Path containerDir, RootfsSource.Layers layers) {
        for (Path p : layers.lowerDirsBottomFirst()) {
            if (!Files.isDirectory(p)) {
                throw new InvalidSpecException("image layer " + p + " is not a directory");
            }
        }
        Path rootfs = containerDir.resolve("rootfs"), upper = containerDir.resolve("upper"), work = containerDir.resolve("work");
        sys.ensureDirectory(rootfs);
        sys.ensureDirectory(upper);
        sys.ensureDirectory(work);
        sys.mount("overlay", rootfs, "overlay", 0, data(layers, upper, work));
        return rootfs;
    }

    static String data(RootfsSource.Layers layers, Path upper, Path work) {
        List<String> lowers = new ArrayList<>();
        for (Path p : layers.lowerDirsBottomFirst()) {
            String s = p.toAbsolutePath().toString();
            if (s.contains(",") || s.contains(":")) {
                throw new InvalidSpecException("layer path " + s + " contains ',' or ':', which overlayfs cannot take");
            }
            lowers.add(s);
        }
        Collections.reverse(lowers);
        String data = "lowerdir=" + String.join(":", lowers) + ",upperdir=" + upper.toAbsolutePath()
                + ",workdir=" + work.toAbsolutePath();
        if (data.length() > MAX_DATA) {
            throw new InvalidSpecException("overlay options for " + lowers.size() + " layers exceed one page ("
                    + data.length() + " bytes); use shorter layer paths");
        }
        return data;
    }

    public void unmount(Path containerDir) {
        sys.ensureUnmounted(containerDir.resolve("rootfs"), Syscalls.MNT_DETACH);
    }
}
