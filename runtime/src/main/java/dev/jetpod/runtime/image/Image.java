package dev.jetpod.runtime.image;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * An image in the store, as the runtime uses it.
 *
 * @param id             the config digest ({@code sha256:…}), the image's identity
 * @param names          the names that point at it ({@code busybox:latest}); empty for a dangling image
 * @param config         the runtime defaults (entrypoint, cmd, env, working dir, user, ports, labels)
 * @param layerDirs      the unpacked layers, bottom layer first; each is usable directly as an overlay lowerdir
 *                       (overlayfs wants them top first in {@code lowerdir=}: reverse this list)
 * @param manifestDigest the manifest the image was stored from
 * @param size           bytes of the layers as unpacked (uncompressed tar size)
 * @param created        when the store recorded it
 */
public record Image(String id, List<String> names, ImageConfig config, List<Path> layerDirs,
                    String manifestDigest, long size, Instant created) {
    public Image {
        names = List.copyOf(names);
        layerDirs = List.copyOf(layerDirs);
    }

    /** The ID without {@code sha256:}, first 12 hex characters, as listings show it. */
    public String shortId() {
        return Digest.parse(id).shortHex();
    }
}
