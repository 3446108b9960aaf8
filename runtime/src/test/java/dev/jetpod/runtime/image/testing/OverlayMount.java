package dev.jetpod.runtime.image.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A read-only overlay of an image's layer dirs, as the runtime will stack them; unmounted on close. */
public final class OverlayMount implements AutoCloseable {
    private final Path target;

    public OverlayMount(List<Path> layerDirsBottomFirst, Path target) throws IOException {
        this.target = Files.createDirectories(target);
        List<Path> topFirst = new ArrayList<>(layerDirsBottomFirst);
        java.util.Collections.reverse(topFirst);
        String lower = topFirst.stream().map(Path::toString).collect(Collectors.joining(":"));
        if (topFirst.size() == 1) {
            // overlayfs needs two lowerdirs without an upperdir; an empty one on top changes nothing
            lower = Files.createDirectories(target.resolveSibling(target.getFileName() + "-empty")) + ":" + lower;
        }
        Cmd.run("mount", "-t", "overlay", "overlay", "-o", "ro,lowerdir=" + lower, target.toString());
    }

    public Path root() {
        return target;
    }

    @Override
    public void close() {
        Cmd.run("umount", target.toString());
    }
}
