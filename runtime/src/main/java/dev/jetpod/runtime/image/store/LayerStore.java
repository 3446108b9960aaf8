package dev.jetpod.runtime.image.store;

import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.DigestMismatchException;
import dev.jetpod.runtime.image.unpack.LayerFs;
import dev.jetpod.runtime.image.unpack.LayerUnpacker;
import dev.jetpod.runtime.image.unpack.UnpackResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Unpacked layers under {@code layers/sha256/<diffID hex>}, each a complete overlayfs lower directory, shared
 * by every image (and so every container) that has the layer. A layer is unpacked once, into
 * {@code layers/tmp/<random>}, checked against its diffID, synced, and published by an atomic rename: a
 * directory under {@code sha256/} is always whole; a crash mid-unpack leaves only a temp dir that GC removes.
 */
public final class LayerStore {
    private final Path layers;
    private final Path temp;
    private final LayerUnpacker unpacker;
    private final LayerFs fs;

    public LayerStore(Path root, LayerFs fs) throws IOException {
        this.layers = Files.createDirectories(root.resolve("layers").resolve(Digest.ALGORITHM));
        this.temp = Files.createDirectories(root.resolve("layers").resolve("tmp"));
        this.unpacker = new LayerUnpacker(fs);
        this.fs = fs;
    }

    /** What {@link #ensureUnpacked} did: the layer's diffID, its tar size, and whether it was already there. */
    public record Unpacked(Digest diffId, long tarBytes, boolean reused) {
    }

    public Path dir(Digest diffId) {
        return layers.resolve(diffId.hex());
    }

    public boolean has(Digest diffId) {
        return Files.isDirectory(dir(diffId));
    }

    /**
     * Ensures the layer with {@code expectedDiffId} is unpacked, reading {@code blob} only when it is not.
     * A blob whose uncompressed content does not hash to {@code expectedDiffId} is refused and nothing is kept.
     */
    public Unpacked ensureUnpacked(Digest expectedDiffId, BlobOpener blob) throws IOException {
        if (has(expectedDiffId)) {
            return new Unpacked(expectedDiffId, sizeOf(expectedDiffId), true);
        }
        Path work = Files.createDirectory(temp.resolve(UUID.randomUUID().toString()));
        try {
            UnpackResult result;
            try (InputStream in = blob.open()) {
                result = unpacker.unpack(in, work);
            }
            if (!result.diffId().equals(expectedDiffId)) {
                throw new DigestMismatchException("layer unpacks to diffID " + result.diffId() + ", the image config says "
                        + expectedDiffId + "; discarded");
            }
            publish(work, expectedDiffId, result.tarBytes());
            return new Unpacked(expectedDiffId, result.tarBytes(), false);
        } finally {
            LayerUnpacker.removeIfPresent(work);
        }
    }

    private void publish(Path work, Digest diffId, long tarBytes) throws IOException {
        // The size sits beside the tree (not in it: the tree is the lowerdir) and is written first.
        AtomicFiles.write(sizeFile(diffId), Long.toString(tarBytes).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        fs.syncfs(work);
        try {
            Files.move(work, dir(diffId), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another unpack of the same layer won the race; ours is discarded by the caller.
            return;
        }
        AtomicFiles.syncDirectory(layers);
    }

    private Path sizeFile(Digest diffId) {
        return layers.resolve(diffId.hex() + ".size");
    }

    public long sizeOf(Digest diffId) {
        try {
            return Long.parseLong(Files.readString(sizeFile(diffId)).trim());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    public Set<Digest> list() throws IOException {
        Set<Digest> result = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layers)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.length() == 64 && Files.isDirectory(entry)) {
                    result.add(new Digest(name));
                }
            }
        }
        return result;
    }

    /** Removes a layer: renamed away first, so a half-deleted tree is never visible under its diffID. */
    public void delete(Digest diffId) throws IOException {
        Path doomed = temp.resolve("deleting-" + UUID.randomUUID());
        try {
            Files.move(dir(diffId), doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException e) {
            Files.deleteIfExists(sizeFile(diffId));
            return;
        }
        Files.deleteIfExists(sizeFile(diffId));
        LayerUnpacker.removeIfPresent(doomed);
    }

    /** Temp trees of unpacks that died with their process; only called while no unpack can run. */
    public int removeIncomplete() throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp)) {
            for (Path entry : entries) {
                LayerUnpacker.removeIfPresent(entry);
                removed++;
            }
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(layers, "*.size")) {
            for (Path entry : entries) {
                String hex = entry.getFileName().toString().replace(".size", "");
                if (!Files.isDirectory(layers.resolve(hex))) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        return removed;
    }

    @FunctionalInterface
    public interface BlobOpener {
        InputStream open() throws IOException;
    }
}
