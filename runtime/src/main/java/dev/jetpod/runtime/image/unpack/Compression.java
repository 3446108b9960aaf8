package dev.jetpod.runtime.image.unpack;

import com.github.luben.zstd.ZstdInputStream;
import dev.jetpod.runtime.image.InvalidImageException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * How a layer blob is compressed, told by its magic bytes rather than its media type (registries and tools
 * are known to mislabel: a Docker "tar.gzip" layer can be plain tar).
 */
public enum Compression {
    NONE, GZIP, ZSTD;

    private static final int BUFFER = 256 * 1024;

    /** Peeks at the first bytes of {@code in}, which must support mark/reset. */
    public static Compression detect(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        if (magic.length >= 3 && (magic[0] & 0xff) == 'B' && magic[1] == 'Z' && magic[2] == 'h'
                || magic.length >= 4 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X') {
            throw new InvalidImageException("layer is bzip2 or xz compressed, which OCI images do not use");
        }
        return NONE;
    }

    /** The decompressed stream of a (possibly) compressed layer. */
    public static InputStream decompressed(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, BUFFER);
        return switch (detect(in)) {
            case GZIP -> new GZIPInputStream(in, BUFFER);
            case ZSTD -> new BufferedInputStream(new ZstdInputStream(in), BUFFER);
            case NONE -> in;
        };
    }
}
