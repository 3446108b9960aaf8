package dev.jetpod.runtime.image.store;

import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.DigestMismatchException;
import dev.jetpod.runtime.image.ImageNotFoundException;
import dev.jetpod.runtime.image.ImageStoreException;
import dev.jetpod.runtime.image.oci.Descriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Content-addressed blobs under {@code blobs/sha256/<hex>}. Content arrives through {@link #ingest}: it is
 * streamed into {@code ingest/<random>}, hashed and counted on the way, checked against its descriptor,
 * fsynced and only then renamed into place. A blob path therefore only ever holds verified, complete content;
 * a failed transfer leaves nothing behind.
 */
public final class BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private static final int BUFFER = 256 * 1024;

    private final Path blobs;
    private final Path ingest;

    public BlobStore(Path root) throws IOException {
        this.blobs = Files.createDirectories(root.resolve("blobs").resolve(Digest.ALGORITHM));
        this.ingest = Files.createDirectories(root.resolve("ingest"));
    }

    public Path path(Digest digest) {
        return blobs.resolve(digest.hex());
    }

    public boolean has(Digest digest) {
        return Files.isRegularFile(path(digest));
    }

    public byte[] read(Digest digest) throws IOException {
        try {
            return Files.readAllBytes(path(digest));
        } catch (NoSuchFileException e) {
            throw new ImageNotFoundException("blob " + digest + " is not in the store");
        }
    }

    public InputStream open(Digest digest) throws IOException {
        try {
            return Files.newInputStream(path(digest));
        } catch (NoSuchFileException e) {
            throw new ImageNotFoundException("blob " + digest + " is not in the store");
        }
    }

    /** Stores content this process made (a config it wrote); returns its digest. */
    public Digest put(byte[] content) throws IOException {
        Digest digest = Digest.of(content);
        if (!has(digest)) {
            Path temp = ingest.resolve(digest.hex() + "-" + UUID.randomUUID());
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                publish(temp, digest);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return digest;
    }

    /** A blob stored from a stream whose digest was not known in advance. */
    public record Stored(Digest digest, long size) {
    }

    /** Stores a stream this process trusts to be what it is (a file being imported); hashes it on the way. */
    public Stored putStream(InputStream in) throws IOException {
        Path temp = ingest.resolve("stream-" + UUID.randomUUID());
        try {
            MessageDigest sha256 = Digest.newMessageDigest();
            long size;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                size = copy(in, out, sha256);
                out.force(true);
            }
            Digest digest = Digest.fromBytes(sha256.digest());
            publish(temp, digest);
            return new Stored(digest, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes content straight into the store (a tar this process generates), hashing it on the way. */
    public Stored putWritten(ContentWriter writer) throws IOException {
        Path temp = ingest.resolve("written-" + UUID.randomUUID());
        try {
            MessageDigest sha256 = Digest.newMessageDigest();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.io.OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
                java.security.DigestOutputStream out = new java.security.DigestOutputStream(
                        new java.io.BufferedOutputStream(raw, BUFFER), sha256);
                writer.writeTo(out);
                out.flush();
                size = channel.size();
                channel.force(true);
            }
            Digest digest = Digest.fromBytes(sha256.digest());
            publish(temp, digest);
            return new Stored(digest, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Stores a small document read elsewhere after checking it against its descriptor. */
    public void putVerified(Descriptor descriptor, byte[] content, String source) throws IOException {
        verify(descriptor, Digest.of(content), content.length, source);
        put(content);
    }

    /**
     * Streams the blob of {@code descriptor} from {@code source} into the store unless it is already there.
     * Broken transfers are resumed from where they stopped, up to the source's {@link BlobSource#resumeAttempts()}.
     *
     * @return the number of bytes transferred (0 when the blob was already present)
     */
    public long ingest(Descriptor descriptor, BlobSource source) throws IOException {
        Digest digest = descriptor.parsedDigest();
        if (has(digest)) {
            return 0;
        }
        Path temp = ingest.resolve(digest.hex() + "-" + UUID.randomUUID());
        try {
            Transfer transfer = new Transfer(descriptor, source);
            int failures = 0;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                while (true) {
                    try (BlobSource.Content content = source.open(descriptor, transfer.written)) {
                        if (content.offset() != transfer.written) {
                            // The source restarted from 0 (no range support): start over.
                            out.truncate(0).position(0);
                            transfer.restart();
                        }
                        transfer.copy(content.stream(), out);
                        break;
                    } catch (IOException e) {
                        if (++failures > source.resumeAttempts()) {
                            throw new ImageStoreException("could not fetch blob " + digest + " from " + source.describe()
                                    + ": transfer broke after " + transfer.written + " of " + descriptor.size() + " bytes: " + describe(e), e);
                        }
                        LOG.warn("event=blob-resume blob={} source=\"{}\" offset={} attempt={} cause=\"{}\"",
                                digest, source.describe(), transfer.written, failures, describe(e));
                        // Bytes written before the break are kept: they were hashed and counted.
                        out.position(transfer.written);
                    }
                }
                verify(descriptor, Digest.fromBytes(transfer.sha256.digest()), transfer.written, source.describe());
                out.force(true);
            }
            publish(temp, digest);
            return transfer.written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** One blob transfer's progress: bytes written so far and their running hash, kept across resumes. */
    private static final class Transfer {
        private final Descriptor descriptor;
        private final BlobSource source;
        private final MessageDigest sha256 = Digest.newMessageDigest();
        private long written;

        Transfer(Descriptor descriptor, BlobSource source) {
            this.descriptor = descriptor;
            this.source = source;
        }

        void restart() {
            sha256.reset();
            written = 0;
        }

        void copy(InputStream in, FileChannel out) throws IOException {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (written + n > descriptor.size()) {
                    throw new DigestMismatchException("blob " + descriptor.digest() + " from " + source.describe()
                            + " is larger than its descriptor's " + descriptor.size() + " bytes; discarded");
                }
                writeFully(out, buffer, n);
                sha256.update(buffer, 0, n);
                written += n;
            }
        }
    }

    private static long copy(InputStream in, FileChannel out, MessageDigest sha256) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            writeFully(out, buffer, n);
            sha256.update(buffer, 0, n);
            written += n;
        }
        return written;
    }

    private static void writeFully(FileChannel out, byte[] buffer, int n) throws IOException {
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
            out.write(chunk);
        }
    }

    private static void verify(Descriptor descriptor, Digest actual, long size, String source) {
        if (size != descriptor.size()) {
            throw new DigestMismatchException("blob " + descriptor.digest() + " from " + source + " has " + size
                    + " bytes, its descriptor says " + descriptor.size() + "; discarded");
        }
        if (!actual.equals(descriptor.parsedDigest())) {
            throw new DigestMismatchException("blob from " + source + " has digest " + actual + ", expected "
                    + descriptor.digest() + "; discarded");
        }
    }

    private void publish(Path temp, Digest digest) throws IOException {
        try {
            Files.move(temp, path(digest), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Someone else stored the same content meanwhile: identical by construction.
        }
    }

    public Set<Digest> list() throws IOException {
        Set<Digest> digests = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(blobs)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.length() == 64 && Digest.isDigest(Digest.ALGORITHM + ":" + name)) {
                    digests.add(new Digest(name));
                }
            }
        }
        return digests;
    }

    public long size(Digest digest) throws IOException {
        return Files.size(path(digest));
    }

    public void delete(Digest digest) throws IOException {
        Files.deleteIfExists(path(digest));
    }

    /** Leftovers of transfers that died with their process; only called while no ingest can run. */
    public int removeIncomplete() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(ingest)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
                removed++;
            }
        }
        return removed;
    }

    /** Files in the ingest area right now (tests check that failures leave none). */
    public long incompleteCount() throws IOException {
        try (var entries = Files.list(ingest)) {
            return entries.count();
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
