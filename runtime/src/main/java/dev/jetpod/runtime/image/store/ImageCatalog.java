package dev.jetpod.runtime.image.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.oci.OciJson;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The store's image records ({@code images/<config hex>.json}) and the name index ({@code images/names.json},
 * name → image ID). Each file is replaced atomically; one name index file makes moving a tag from one image
 * to another a single atomic write. Callers hold the store's metadata lock.
 */
public final class ImageCatalog {
    private final Path dir;
    private final Path namesFile;

    public ImageCatalog(Path root) throws IOException {
        this.dir = Files.createDirectories(root.resolve("images"));
        this.namesFile = dir.resolve("names.json");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NameIndex(Map<String, String> names) {
    }

    public Optional<ImageRecord> record(String id) throws IOException {
        Path file = recordFile(id);
        try {
            return Optional.of(OciJson.read(Files.readAllBytes(file), ImageRecord.class, "image record " + file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public List<ImageRecord> records() throws IOException {
        List<ImageRecord> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
            for (Path entry : entries) {
                if (!entry.equals(namesFile)) {
                    try {
                        result.add(OciJson.read(Files.readAllBytes(entry), ImageRecord.class, "image record " + entry));
                    } catch (NoSuchFileException e) {
                        // removed meanwhile
                    }
                }
            }
        }
        return result;
    }

    public void putRecord(ImageRecord record) throws IOException {
        AtomicFiles.write(recordFile(record.id()), OciJson.write(record));
    }

    public void deleteRecord(String id) throws IOException {
        Files.deleteIfExists(recordFile(id));
    }

    /** Name → image ID, sorted by name. */
    public Map<String, String> names() throws IOException {
        try {
            NameIndex index = OciJson.read(Files.readAllBytes(namesFile), NameIndex.class, "name index " + namesFile);
            return index.names() == null ? new TreeMap<>() : new TreeMap<>(index.names());
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        }
    }

    public void putNames(Map<String, String> names) throws IOException {
        AtomicFiles.write(namesFile, OciJson.write(new NameIndex(new TreeMap<>(names))));
    }

    private Path recordFile(String id) {
        return dir.resolve(Digest.parse(id).hex() + ".json");
    }
}
