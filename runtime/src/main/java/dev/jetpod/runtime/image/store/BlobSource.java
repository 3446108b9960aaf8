package dev.jetpod.runtime.image.store;

import dev.jetpod.runtime.image.oci.Descriptor;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where blobs come from during an import or pull: an OCI layout on disk, or a registry. The store reads a
 * descriptor's content through this and verifies it; a source never writes into the store itself.
 */
public interface BlobSource {
    /**
     * Opens the content of {@code descriptor} starting at byte {@code offset} (0 for the whole blob).
     * A source that cannot resume may start from 0 instead; {@link Content#offset()} says where it starts.
     */
    Content open(Descriptor descriptor, long offset) throws IOException;

    /** Reads a small document (manifest, index, config) whole; the caller verifies its digest. */
    byte[] readSmall(Descriptor descriptor) throws IOException;

    /** How many times a broken transfer is resumed before giving up (0 for local sources). */
    default int resumeAttempts() {
        return 0;
    }

    /** A human name for errors: "OCI layout /tmp/x", "registry 127.0.0.1:5000 repository busybox". */
    String describe();

    record Content(InputStream stream, long offset) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
