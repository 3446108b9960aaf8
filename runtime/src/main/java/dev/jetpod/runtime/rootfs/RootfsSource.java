package dev.jetpod.runtime.rootfs;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a container's root filesystem comes from: a directory used as it is (an OCI bundle's rootfs,
 * as runc does), or read-only image layers stacked with overlayfs under a per-container upper dir.
 */
public sealed interface RootfsSource {

    /** A prepared directory, e.g. an OCI bundle's rootfs. */
    record Directory(Path path) implements RootfsSource {
    }

    /** Unpacked image layers, bottom layer first (the order of an image manifest and of ImageStore's layerDirs()). */
    record Layers(List<Path> lowerDirsBottomFirst) implements RootfsSource {
        public Layers {
            if (lowerDirsBottomFirst.isEmpty()) {
                throw new IllegalArgumentException("an image needs at least one layer");
            }
            lowerDirsBottomFirst = List.copyOf(lowerDirsBottomFirst);
        }
    }
}
