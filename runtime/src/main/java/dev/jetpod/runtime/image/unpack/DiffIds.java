package dev.jetpod.runtime.image.unpack;

import dev.jetpod.runtime.image.Digest;

import java.io.IOException;
import java.io.InputStream;

/** The diffID of a layer blob: sha256 of its uncompressed tar, computed without unpacking. */
public final class DiffIds {
    private DiffIds() {
    }

    public static Digest of(InputStream layer) throws IOException {
        return new DigestingInputStream(Compression.decompressed(layer)).drainAndDigest();
    }
}
