package dev.jetpod.runtime.image.store;

import dev.jetpod.runtime.image.oci.OciJson;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who uses which image, one file per holder ({@code holders/<holder>.json}), so that a restarted runtime
 * still refuses to remove an image its containers run from. Callers hold the store's metadata lock.
 */
public final class HolderStore {
    private static final Pattern HOLDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:@=+-]{0,199}");

    private final Path dir;

    public HolderStore(Path root) throws IOException {
        this.dir = Files.createDirectories(root.resolve("holders"));
    }

    public static void validate(String holderId) {
        if (holderId == null || !HOLDER_ID.matcher(holderId).matches()) {
            throw new IllegalArgumentException("invalid image holder ID '" + holderId
                    + "' (letters, digits and _ . : @ = + -; at most 200; starting with a letter or digit)");
        }
    }

    public Optional<Holder> get(String holderId) throws IOException {
        Path file = file(holderId);
        try {
            return Optional.of(OciJson.read(Files.readAllBytes(file), Holder.class, "holder record " + file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public void put(Holder holder) throws IOException {
        AtomicFiles.write(file(holder.holder()), OciJson.write(holder));
    }

    public boolean delete(String holderId) throws IOException {
        return Files.deleteIfExists(file(holderId));
    }

    public List<Holder> list() throws IOException {
        List<Holder> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
            for (Path entry : entries) {
                try {
                    result.add(OciJson.read(Files.readAllBytes(entry), Holder.class, "holder record " + entry));
                } catch (NoSuchFileException e) {
                    // released meanwhile
                }
            }
        }
        return result;
    }

    public List<String> holding(String imageId) throws IOException {
        return list().stream().filter(h -> h.image().equals(imageId)).map(Holder::holder).sorted().toList();
    }

    private Path file(String holderId) {
        validate(holderId);
        return dir.resolve(holderId + ".json");
    }
}
