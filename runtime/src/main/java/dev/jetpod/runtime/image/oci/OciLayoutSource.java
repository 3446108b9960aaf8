package dev.jetpod.runtime.image.oci;

import dev.jetpod.runtime.image.ImageNotFoundException;
import dev.jetpod.runtime.image.InvalidImageException;
import dev.jetpod.runtime.image.store.BlobSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * Blobs of an OCI image layout ({@code oci-layout}, {@code index.json}, {@code blobs/sha256/<hex>}), either a
 * directory or an OCI archive (a plain tar of a layout, read in place: no extraction).
 */
public final class OciLayoutSource implements BlobSource, AutoCloseable {
    private static final long MAX_DOCUMENT = 32L * 1024 * 1024;

    private final LayoutFiles files;
    private final String description;

    private OciLayoutSource(LayoutFiles files, String description) {
        this.files = files;
        this.description = description;
    }

    /** Opens a layout directory, refusing a directory that is not one. */
    public static OciLayoutSource open(Path dir) throws IOException {
        return checked(new OciLayoutSource(new DirectoryFiles(dir), "OCI layout " + dir));
    }

    /** Opens an OCI archive (uncompressed tar of a layout). */
    public static OciLayoutSource openArchive(Path tar) throws IOException {
        return checked(new OciLayoutSource(ArchiveFiles.open(tar), "OCI archive " + tar));
    }

    private static OciLayoutSource checked(OciLayoutSource source) throws IOException {
        byte[] marker;
        try (InputStream in = source.files.open("oci-layout")) {
            marker = in.readNBytes(4096);
        } catch (NoSuchFileException e) {
            source.close();
            throw new InvalidImageException(source.describe() + " is not an OCI image layout (no oci-layout file)");
        }
        LayoutMarker layout = OciJson.read(marker, LayoutMarker.class, "oci-layout of " + source.describe());
        if (layout.imageLayoutVersion() == null || !layout.imageLayoutVersion().startsWith("1.")) {
            source.close();
            throw new InvalidImageException(source.describe() + " has OCI layout version " + layout.imageLayoutVersion() + ", expected 1.x");
        }
        return source;
    }

    public static boolean isLayout(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("oci-layout"));
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record LayoutMarker(String imageLayoutVersion) {
    }

    public Index index() throws IOException {
        try (InputStream in = files.open("index.json")) {
            return OciJson.read(in.readNBytes((int) MAX_DOCUMENT), Index.class, "index.json of " + describe());
        } catch (NoSuchFileException e) {
            throw new InvalidImageException(describe() + " has no index.json");
        }
    }

    /**
     * The top-level entry of index.json to import: the one annotated {@code org.opencontainers.image.ref.name}
     * = {@code refName}, or the only entry when {@code refName} is null.
     */
    public Descriptor entry(String refName) throws IOException {
        List<Descriptor> entries = index().manifests();
        if (entries.isEmpty()) {
            throw new InvalidImageException(describe() + " has no images in index.json");
        }
        if (refName == null) {
            if (entries.size() == 1) {
                return entries.get(0);
            }
            throw new InvalidImageException(describe() + " holds " + entries.size() + " images; name one of: " + refNames(entries));
        }
        return entries.stream().filter(d -> refName.equals(d.annotation(Descriptor.REF_NAME_ANNOTATION))).findFirst()
                .orElseThrow(() -> new ImageNotFoundException(describe() + " has no image named '" + refName + "' (it has: " + refNames(entries) + ")"));
    }

    private static String refNames(List<Descriptor> entries) {
        return entries.stream().map(d -> d.annotation(Descriptor.REF_NAME_ANNOTATION) == null ? d.digest()
                : d.annotation(Descriptor.REF_NAME_ANNOTATION)).collect(Collectors.joining(", "));
    }

    @Override
    public Content open(Descriptor descriptor, long offset) throws IOException {
        InputStream in = openBlob(descriptor);
        in.skipNBytes(offset);
        return new Content(in, offset);
    }

    @Override
    public byte[] readSmall(Descriptor descriptor) throws IOException {
        if (descriptor.size() > MAX_DOCUMENT) {
            throw new InvalidImageException("document " + descriptor.digest() + " in " + describe() + " is too large (" + descriptor.size() + " bytes)");
        }
        try (InputStream in = openBlob(descriptor)) {
            return in.readNBytes((int) MAX_DOCUMENT);
        }
    }

    private InputStream openBlob(Descriptor descriptor) throws IOException {
        try {
            return files.open("blobs/sha256/" + descriptor.parsedDigest().hex());
        } catch (NoSuchFileException e) {
            throw new ImageNotFoundException(describe() + " lacks blob " + descriptor.digest() + " (" + descriptor.mediaType() + ")");
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    /** Files of a layout by relative path; {@link NoSuchFileException} when absent. */
    private interface LayoutFiles extends AutoCloseable {
        InputStream open(String relativePath) throws IOException;

        @Override
        void close() throws IOException;
    }

    private record DirectoryFiles(Path dir) implements LayoutFiles {
        @Override
        public InputStream open(String relativePath) throws IOException {
            return Files.newInputStream(dir.resolve(relativePath));
        }

        @Override
        public void close() {
        }
    }

    private static final class ArchiveFiles implements LayoutFiles {
        private final TarFile tar;
        private final Map<String, TarArchiveEntry> entries = new HashMap<>();

        private ArchiveFiles(TarFile tar) {
            this.tar = tar;
            for (TarArchiveEntry entry : tar.getEntries()) {
                if (entry.isFile()) {
                    entries.put(normalize(entry.getName()), entry);
                }
            }
        }

        static ArchiveFiles open(Path path) throws IOException {
            try {
                return new ArchiveFiles(new TarFile(path));
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidImageException("'" + path + "' is not a readable OCI archive (an uncompressed tar): " + e.getMessage(), e);
            }
        }

        private static String normalize(String name) {
            String n = name;
            while (n.startsWith("./") || n.startsWith("/")) {
                n = n.substring(n.startsWith("./") ? 2 : 1);
            }
            return n;
        }

        @Override
        public InputStream open(String relativePath) throws IOException {
            TarArchiveEntry entry = entries.get(relativePath);
            if (entry == null) {
                throw new NoSuchFileException(relativePath);
            }
            return tar.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }
}
