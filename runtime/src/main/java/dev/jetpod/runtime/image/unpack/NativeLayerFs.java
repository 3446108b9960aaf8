package dev.jetpod.runtime.image.unpack;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LayerFs} through glibc with JNA. */
public final class NativeLayerFs implements LayerFs {
    private static final int ENODATA = 61;
    private static final int ERANGE = 34;
    private static final Map<Integer, String> ERRNO_NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(5, "EIO"), Map.entry(13, "EACCES"),
            Map.entry(17, "EEXIST"), Map.entry(20, "ENOTDIR"), Map.entry(21, "EISDIR"), Map.entry(22, "EINVAL"),
            Map.entry(28, "ENOSPC"), Map.entry(30, "EROFS"), Map.entry(ERANGE, "ERANGE"), Map.entry(36, "ENAMETOOLONG"),
            Map.entry(ENODATA, "ENODATA"), Map.entry(95, "EOPNOTSUPP"), Map.entry(122, "EDQUOT"));

    private interface LibC extends Library {
        int mknod(String path, int mode, long dev) throws LastErrorException;

        int symlink(String target, String link) throws LastErrorException;

        int lchown(String path, int uid, int gid) throws LastErrorException;

        int lsetxattr(String path, String name, byte[] value, long size, int flags) throws LastErrorException;

        long lgetxattr(String path, String name, byte[] value, long size) throws LastErrorException;

        long llistxattr(String path, byte[] list, long size) throws LastErrorException;

        int open(String path, int flags) throws LastErrorException;

        int syncfs(int fd) throws LastErrorException;

        int close(int fd) throws LastErrorException;

        int geteuid();
    }

    private static final LibC LIBC = Native.load("c", LibC.class);
    private static final int O_RDONLY_CLOEXEC = 02000000;

    @Override
    public void mknod(Path path, int typeAndMode, int major, int minor) throws IOException {
        try {
            LIBC.mknod(path.toString(), typeAndMode, makedev(major, minor));
        } catch (LastErrorException e) {
            throw failure("mknod", path, e);
        }
    }

    @Override
    public void symlink(String target, Path link) throws IOException {
        try {
            LIBC.symlink(target, link.toString());
        } catch (LastErrorException e) {
            throw failure("symlink to '" + target + "'", link, e);
        }
    }

    @Override
    public void lchown(Path path, long uid, long gid) throws IOException {
        try {
            LIBC.lchown(path.toString(), (int) uid, (int) gid);
        } catch (LastErrorException e) {
            throw failure("lchown " + uid + ":" + gid, path, e);
        }
    }

    @Override
    public void lsetxattr(Path path, String name, byte[] value) throws IOException {
        try {
            LIBC.lsetxattr(path.toString(), name, value, value.length, 0);
        } catch (LastErrorException e) {
            throw failure("lsetxattr " + name, path, e);
        }
    }

    @Override
    public Optional<byte[]> lgetxattr(Path path, String name) throws IOException {
        byte[] buffer = new byte[256];
        while (true) {
            try {
                long n = LIBC.lgetxattr(path.toString(), name, buffer, buffer.length);
                return Optional.of(java.util.Arrays.copyOf(buffer, (int) n));
            } catch (LastErrorException e) {
                if (e.getErrorCode() == ENODATA) {
                    return Optional.empty();
                }
                if (e.getErrorCode() == ERANGE && buffer.length < 65536) {
                    buffer = new byte[buffer.length * 4];
                    continue;
                }
                throw failure("lgetxattr " + name, path, e);
            }
        }
    }

    @Override
    public List<String> llistxattr(Path path) throws IOException {
        try {
            long size = LIBC.llistxattr(path.toString(), null, 0);
            byte[] buffer = new byte[(int) size];
            long n = size == 0 ? 0 : LIBC.llistxattr(path.toString(), buffer, buffer.length);
            List<String> names = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    names.add(new String(buffer, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return names;
        } catch (LastErrorException e) {
            throw failure("llistxattr", path, e);
        }
    }

    @Override
    public void syncfs(Path path) throws IOException {
        int fd;
        try {
            fd = LIBC.open(path.toString(), O_RDONLY_CLOEXEC);
        } catch (LastErrorException e) {
            throw failure("open", path, e);
        }
        try {
            LIBC.syncfs(fd);
        } catch (LastErrorException e) {
            throw failure("syncfs", path, e);
        } finally {
            LIBC.close(fd);
        }
    }

    @Override
    public boolean isRoot() {
        return LIBC.geteuid() == 0;
    }

    /** glibc's makedev(3) encoding. */
    static long makedev(long major, long minor) {
        return ((major & 0xfffL) << 8) | (minor & 0xffL) | ((minor & ~0xffL) << 12) | ((major & ~0xfffL) << 32);
    }

    private static IOException failure(String call, Path path, LastErrorException e) {
        int errno = e.getErrorCode();
        return new IOException("could not " + call + " '" + path + "': " + ERRNO_NAMES.getOrDefault(errno, "errno " + errno));
    }
}
