package dev.jetpod.runtime.image.unpack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The few kernel calls unpacking needs that the JDK does not offer (device nodes, any xattr namespace,
 * lchown, syncfs). {@link NativeLayerFs} calls libc; unit tests pass a recording implementation so the
 * whiteout and ownership logic is checked without root. Errors are {@link IOException}s naming call, path and errno.
 */
public interface LayerFs {
    int S_IFCHR = 0020000;
    int S_IFBLK = 0060000;
    int S_IFIFO = 0010000;

    void mknod(Path path, int typeAndMode, int major, int minor) throws IOException;

    /** symlink(2), with the target exactly as given (java.nio would normalize "a//b" and drop a trailing '/'). */
    void symlink(String target, Path link) throws IOException;

    /** lchown(2): changes the owner of the link itself when {@code path} is a symlink. */
    void lchown(Path path, long uid, long gid) throws IOException;

    /** lsetxattr(2), for any namespace (security., trusted., user.). */
    void lsetxattr(Path path, String name, byte[] value) throws IOException;

    /** lgetxattr(2); empty when the attribute is absent. */
    java.util.Optional<byte[]> lgetxattr(Path path, String name) throws IOException;

    List<String> llistxattr(Path path) throws IOException;

    /** syncfs(2) of the filesystem holding {@code path}: makes an unpacked tree durable before it is published. */
    void syncfs(Path path) throws IOException;

    boolean isRoot();
}
