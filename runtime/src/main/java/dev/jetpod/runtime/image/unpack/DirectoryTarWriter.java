package dev.jetpod.runtime.image.unpack;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a directory tree as a layer tar (like {@code docker import} of a directory): entries sorted by path,
 * owners, modes, mtimes, symlinks, hardlinks (by inode), device nodes and FIFOs as they are on disk. Sockets
 * are skipped (they cannot be archived). Extended attributes are not carried (a plain rootfs rarely has any).
 */
public final class DirectoryTarWriter {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;
    private static final int S_IFSOCK = 0140000;

    private DirectoryTarWriter() {
    }

    /** Writes the tar of {@code root}'s contents (not {@code root} itself) to {@code out}, which is left open. */
    public static void write(Path root, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        Map<String, String> firstPathOfInode = new HashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !p.equals(root)).sorted().toList();
        }
        for (Path path : paths) {
            String name = root.relativize(path).toString();
            Map<String, Object> attrs = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
            int mode = (Integer) attrs.get("mode");
            int type = mode & S_IFMT;
            if (type == S_IFSOCK) {
                continue;
            }
            TarArchiveEntry entry;
            String inode = attrs.get("dev") + ":" + attrs.get("ino");
            if (type == S_IFDIR) {
                entry = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
            } else if (type == S_IFLNK) {
                entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(path).toString());
            } else if (type == S_IFREG && (Integer) attrs.get("nlink") > 1 && firstPathOfInode.containsKey(inode)) {
                entry = new TarArchiveEntry(name, TarConstants.LF_LINK);
                entry.setLinkName(firstPathOfInode.get(inode));
            } else if (type == S_IFREG) {
                entry = new TarArchiveEntry(name, TarConstants.LF_NORMAL);
                entry.setSize((Long) attrs.get("size"));
                firstPathOfInode.putIfAbsent(inode, name);
            } else {
                byte flag = type == LayerFs.S_IFCHR ? TarConstants.LF_CHR : type == LayerFs.S_IFBLK ? TarConstants.LF_BLK : TarConstants.LF_FIFO;
                entry = new TarArchiveEntry(name, flag);
                long rdev = (Long) attrs.get("rdev");
                entry.setDevMajor((int) (((rdev >> 8) & 0xfff) | ((rdev >> 32) & ~0xfffL)));
                entry.setDevMinor((int) ((rdev & 0xff) | ((rdev >> 12) & ~0xffL)));
            }
            entry.setMode(mode & 07777);
            entry.setUserId(((Number) attrs.get("uid")).longValue());
            entry.setGroupId(((Number) attrs.get("gid")).longValue());
            entry.setModTime((FileTime) attrs.get("lastModifiedTime"));
            tar.putArchiveEntry(entry);
            if (entry.isFile() && entry.getSize() > 0) {
                try (InputStream in = Files.newInputStream(path)) {
                    in.transferTo(tar);
                }
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
    }
}
