package dev.jetpod.runtime.image.testing;

import dev.jetpod.runtime.image.unpack.LayerFs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LayerFs} for unit tests without root: device nodes become empty placeholder files, owners,
 * xattrs and syncs are recorded instead of done; symlinks are real (they need no privilege).
 */
public final class RecordingLayerFs implements LayerFs {
    public record Node(int typeAndMode, int major, int minor) {
    }

    public final Map<Path, Node> nodes = new HashMap<>();
    public final Map<Path, long[]> owners = new HashMap<>();
    public final Map<Path, Map<String, byte[]>> xattrs = new HashMap<>();
    public final List<Path> synced = new ArrayList<>();

    @Override
    public void mknod(Path path, int typeAndMode, int major, int minor) throws IOException {
        Files.createFile(path);
        nodes.put(path, new Node(typeAndMode, major, minor));
    }

    @Override
    public void symlink(String target, Path link) throws IOException {
        new dev.jetpod.runtime.image.unpack.NativeLayerFs().symlink(target, link); // unprivileged: real
    }

    @Override
    public void lchown(Path path, long uid, long gid) {
        owners.put(path, new long[]{uid, gid});
    }

    @Override
    public void lsetxattr(Path path, String name, byte[] value) {
        xattrs.computeIfAbsent(path, p -> new HashMap<>()).put(name, value);
    }

    @Override
    public Optional<byte[]> lgetxattr(Path path, String name) {
        return Optional.ofNullable(xattrs.getOrDefault(path, Map.of()).get(name));
    }

    @Override
    public List<String> llistxattr(Path path) {
        return List.copyOf(xattrs.getOrDefault(path, Map.of()).keySet());
    }

    @Override
    public void syncfs(Path path) {
        synced.add(path);
    }

    @Override
    public boolean isRoot() {
        return true; // so the unpacker records owners
    }
}
