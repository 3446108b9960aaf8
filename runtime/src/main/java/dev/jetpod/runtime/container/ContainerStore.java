package dev.jetpod.runtime.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.RuntimeFailure;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads and writes container records (atomically: write a temp file, rename) and the supervisor's exit file. */
public final class ContainerStore {
    private final StateLayout layout;
    private final ObjectMapper json = new ObjectMapper();
    // Records this instance wrote or read; the disk stays the truth for other instances.
    private final java.util.concurrent.ConcurrentMap<String, ContainerRecord> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public ContainerStore(StateLayout layout) {
        this.layout = layout;
    }

    public StateLayout layout() {
        return layout;
    }

    public void save(ContainerRecord record) {
        writeAtomically(layout.container(record.id()).resolve("state.json"), record);
        cache.put(record.id(), record);
    }

    /** Saves only if the container still exists (a concurrent delete wins). */
    public void saveIfPresent(ContainerRecord record) {
        if (find(record.id()).isEmpty()) {
            return;
        }
        try {
            save(record);
        } catch (RuntimeFailure e) {
            if (Files.exists(layout.container(record.id()))) {
                throw e;
            }
            cache.remove(record.id());
        }
    }

    public void forget(String id) {
        cache.remove(id);
    }

    public void writeAtomically(Path file, Object value) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.write(tmp, json.writeValueAsBytes(value));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RuntimeFailure("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<ContainerRecord> find(String id) {
        Path file = layout.container(id).resolve("state.json");
        ContainerRecord cached = cache.get(id);
        if (cached != null && Files.exists(file)) {
            return Optional.of(cached);
        }
        try {
            ContainerRecord r = json.readValue(Files.readAllBytes(file), ContainerRecord.class);
            cache.put(id, r);
            return Optional.of(r);
        } catch (NoSuchFileException e) {
            cache.remove(id);
            return Optional.empty();
        } catch (IOException e) {
            throw new RuntimeFailure("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public ContainerRecord get(String id) {
        return find(id).orElseThrow(() -> new ContainerNotFoundException(id));
    }

    public List<ContainerRecord> all() {
        List<ContainerRecord> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(layout.containers())) {
            for (Path d : dirs.sorted().toList()) {
                find(d.getFileName().toString()).ifPresent(out::add);
            }
        } catch (NoSuchFileException e) {
            return out;
        } catch (IOException e) {
            throw new RuntimeFailure("could not list " + layout.containers() + ": " + e.getMessage(), e);
        }
        return out;
    }

    public Optional<ExitRecord> exit(String id) {
        Path file = layout.container(id).resolve("exit");
        if (!Files.exists(file)) { // the common case while running: no exception on the hot path
            return Optional.empty();
        }
        try {
            return Optional.of(ExitRecord.parse(Files.readString(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RuntimeFailure("could not read the exit status of " + id + ": " + e.getMessage(), e);
        }
    }

    /** Removes a directory tree; anything mounted inside must have been unmounted first. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            throw new RuntimeFailure("could not remove " + dir + ": " + e.getMessage(), e);
        }
    }
}
