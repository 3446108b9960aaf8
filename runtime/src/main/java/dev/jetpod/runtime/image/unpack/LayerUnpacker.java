package dev.jetpod.runtime.image.unpack;

import dev.jetpod.runtime.image.InvalidImageException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unpacks one layer tar (plain, gzip or zstd) into an empty directory so that the directory is a valid
 * overlayfs lower layer: {@code .wh.<name>} becomes a whiteout (char device 0/0) and {@code .wh..wh..opq}
 * marks its directory opaque ({@code trusted.overlay.opaque=y}). Owners, modes (setuid/setgid/sticky
 * included), symlinks, hardlinks, device nodes, FIFOs, xattrs and mtimes are preserved. Entries never
 * reach outside the directory: ".." is refused and parent directories are never symlinks.
 * The caller unpacks into a temporary directory and publishes it by rename (see {@code LayerStore}).
 */
public final class LayerUnpacker {
    private static final Logger LOG = LoggerFactory.getLogger(LayerUnpacker.class);
    static final String WHITEOUT_PREFIX = ".wh.";
    static final String OPAQUE_MARKER = ".wh..wh..opq";
    public static final String OPAQUE_XATTR = "trusted.overlay.opaque";
    private static final String SCHILY_XATTR = "SCHILY.xattr.";
    private static final String LIBARCHIVE_XATTR = "LIBARCHIVE.xattr.";
    private static final int COPY_BUFFER = 256 * 1024;

    private final LayerFs fs;
    private final boolean preserveOwners;

    public LayerUnpacker(LayerFs fs) {
        this.fs = fs;
        this.preserveOwners = fs.isRoot();
    }

    /** Unpacks {@code layer} (compressed or not) into {@code root}, an existing empty directory. */
    public UnpackResult unpack(InputStream layer, Path root) throws IOException {
        DigestingInputStream tarBytes = new DigestingInputStream(Compression.decompressed(layer));
        PaxXattrCapture capture = new PaxXattrCapture(tarBytes);
        Run run = new Run(root);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(capture, StandardCharsets.UTF_8.name())) {
            TarArchiveEntry entry;
            capture.startWindow();
            while ((entry = nextEntry(tar, capture)) != null) {
                capture.pause();
                run.apply(entry, tar, capture);
                capture.startWindow();
            }
            run.finish();
            return new UnpackResult(tarBytes.drainAndDigest(), tarBytes.count(), run.entries, run.whiteouts);
        } catch (IllegalArgumentException e) {
            // Commons Compress reports malformed headers this way.
            throw new InvalidImageException("layer is not a valid tar archive: " + e.getMessage(), e);
        }
    }

    /**
     * The next entry, or null at the end. Some writers (Debian's umoci 0.4, for one) end a layer right after
     * the last entry's data, without the padding and end-of-archive blocks; that is accepted as the end when
     * nothing but zeros followed the last entry. A stream that ends inside a header or inside entry data
     * stays an error.
     */
    private static TarArchiveEntry nextEntry(TarArchiveInputStream tar, PaxXattrCapture capture) throws IOException {
        try {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null && capture.atEndOfStream() && !capture.windowIsAllZero()) {
                // Commons Compress takes a short final header for the end; it is a cut-off archive.
                throw new InvalidImageException("layer tar ends inside an entry header (truncated)");
            }
            return entry;
        } catch (IOException e) {
            if (capture.atEndOfStream() && capture.windowIsAllZero()) {
                LOG.debug("event=layer-without-trailer");
                return null;
            }
            throw e;
        }
    }

    /** The state of one unpack: where it goes, and directory attributes applied last. */
    private final class Run {
        private final Path root;
        private final Map<Path, TarArchiveEntry> directories = new LinkedHashMap<>();
        private final byte[] buffer = new byte[COPY_BUFFER];
        int entries;
        int whiteouts;

        Run(Path root) {
            this.root = root;
        }

        void apply(TarArchiveEntry entry, InputStream data, PaxXattrCapture capture) throws IOException {
            entries++;
            EntryPath name = EntryPath.parse(entry.getName());
            if (entry.isGlobalPaxHeader() || entry.isPaxHeader()) {
                return;
            }
            if (name.isRoot()) {
                if (entry.isDirectory()) {
                    applyOwnerAndXattrs(root, entry, capture);
                    directories.put(root, entry);
                }
                return;
            }
            Path parent = ensureParents(name);
            String base = name.base();
            if (base.equals(OPAQUE_MARKER)) {
                fs.lsetxattr(parent, OPAQUE_XATTR, new byte[]{'y'});
                whiteouts++;
                return;
            }
            if (base.startsWith(WHITEOUT_PREFIX)) {
                Path hidden = resolve(parent, base.substring(WHITEOUT_PREFIX.length()), name);
                removeIfPresent(hidden);
                fs.mknod(hidden, LayerFs.S_IFCHR, 0, 0);
                applyOwner(hidden, entry);
                setMtime(hidden, entry);
                whiteouts++;
                return;
            }
            Path target = resolve(parent, base, name);
            if (entry.isDirectory()) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    removeIfPresent(target);
                    Files.createDirectory(target);
                }
                applyOwnerAndXattrs(target, entry, capture);
                directories.put(target, entry);
                return;
            }
            removeIfPresent(target);
            if (entry.isSymbolicLink()) {
                fs.symlink(entry.getLinkName(), target);
                applyOwnerAndXattrs(target, entry, capture);
                setMtime(target, entry);
            } else if (entry.isLink()) {
                // A hardlink shares the inode with its target, whose attributes were set by the target's entry.
                Path existing = resolveInside(EntryPath.parse(entry.getLinkName()), name);
                if (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InvalidImageException("layer entry '" + name + "' is a hardlink to '" + entry.getLinkName()
                            + "', which is not a file earlier in the layer");
                }
                Files.createLink(target, existing);
            } else if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
                int type = entry.isCharacterDevice() ? LayerFs.S_IFCHR : entry.isBlockDevice() ? LayerFs.S_IFBLK : LayerFs.S_IFIFO;
                fs.mknod(target, type | (entry.getMode() & 07777), entry.getDevMajor(), entry.getDevMinor());
                applyAttributes(target, entry, capture);
            } else if (entry.isFile()) {
                writeContent(target, data);
                applyAttributes(target, entry, capture);
            } else {
                LOG.warn("event=skip-layer-entry entry={} type={}", name, (char) entry.getLinkFlag());
            }
        }

        /** Directory modes and mtimes go last: creating children changes a directory's mtime. */
        void finish() throws IOException {
            for (Map.Entry<Path, TarArchiveEntry> dir : directories.entrySet()) {
                Files.setAttribute(dir.getKey(), "unix:mode", dir.getValue().getMode() & 07777, LinkOption.NOFOLLOW_LINKS);
            }
            for (Map.Entry<Path, TarArchiveEntry> dir : directories.entrySet()) {
                setMtime(dir.getKey(), dir.getValue());
            }
        }

        /** Creates missing parents (0755, root-owned) and refuses a parent that is a symlink or not a directory. */
        private Path ensureParents(EntryPath name) throws IOException {
            Path dir = root;
            for (String component : name.parent()) {
                dir = resolve(dir, component, name);
                if (Files.isSymbolicLink(dir)) {
                    throw new InvalidImageException("layer entry '" + name + "' goes through symlink '" + root.relativize(dir) + "'");
                }
                if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(dir);
                } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InvalidImageException("layer entry '" + name + "' has parent '" + root.relativize(dir) + "' that is not a directory");
                }
            }
            return dir;
        }

        private Path resolveInside(EntryPath path, EntryPath entry) throws IOException {
            if (path.isRoot()) {
                throw new InvalidImageException("layer entry '" + entry + "' links to the layer root");
            }
            Path dir = root;
            for (String component : path.parent()) {
                dir = resolve(dir, component, entry);
                if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    throw new InvalidImageException("layer entry '" + entry + "' links through '" + root.relativize(dir) + "', which is not a directory");
                }
            }
            return resolve(dir, path.base(), entry);
        }

        private void writeContent(Path target, InputStream data) throws IOException {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                int n;
                while ((n = data.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                }
            }
        }

        private void applyAttributes(Path target, TarArchiveEntry entry, PaxXattrCapture capture) throws IOException {
            applyOwner(target, entry);
            // chmod after chown: chown clears setuid/setgid bits.
            Files.setAttribute(target, "unix:mode", entry.getMode() & 07777, LinkOption.NOFOLLOW_LINKS);
            applyXattrs(target, entry, capture);
            setMtime(target, entry);
        }

        private void applyOwnerAndXattrs(Path target, TarArchiveEntry entry, PaxXattrCapture capture) throws IOException {
            applyOwner(target, entry);
            applyXattrs(target, entry, capture);
        }

        private void applyOwner(Path target, TarArchiveEntry entry) throws IOException {
            if (preserveOwners) {
                fs.lchown(target, entry.getLongUserId(), entry.getLongGroupId());
            }
        }

        /** xattrs go after chown (chown drops security.capability); overlay's own xattrs are not taken from tars. */
        private void applyXattrs(Path target, TarArchiveEntry entry, PaxXattrCapture capture) throws IOException {
            Map<String, String> pax = entry.getExtraPaxHeaders();
            if (pax.isEmpty()) {
                return;
            }
            Map<String, byte[]> raw = null;
            for (Map.Entry<String, String> header : pax.entrySet()) {
                String key = header.getKey();
                String attribute;
                byte[] value;
                if (key.startsWith(SCHILY_XATTR)) {
                    attribute = key.substring(SCHILY_XATTR.length());
                    value = header.getValue().getBytes(StandardCharsets.UTF_8);
                    if (header.getValue().indexOf('\uFFFD') >= 0) {
                        raw = raw != null ? raw : capture.rawXattrs();
                        value = raw.getOrDefault(attribute, value);
                    }
                } else if (key.startsWith(LIBARCHIVE_XATTR)) {
                    attribute = URLDecoder.decode(key.substring(LIBARCHIVE_XATTR.length()), StandardCharsets.UTF_8);
                    value = Base64.getDecoder().decode(header.getValue());
                } else {
                    continue;
                }
                if (attribute.startsWith("trusted.overlay.")) {
                    LOG.warn("event=skip-overlay-xattr entry={} xattr={}", entry.getName(), attribute);
                    continue;
                }
                fs.lsetxattr(target, attribute, value);
            }
        }

        private void setMtime(Path target, TarArchiveEntry entry) throws IOException {
            FileTime mtime = entry.getLastModifiedTime();
            if (mtime != null) {
                Files.getFileAttributeView(target, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(mtime, mtime, null);
            }
        }

        private Path resolve(Path dir, String component, EntryPath entry) {
            try {
                return dir.resolve(component);
            } catch (InvalidPathException e) {
                throw new InvalidImageException("layer entry '" + entry + "' is not a valid file name here (is the JVM's locale UTF-8?)", e);
            }
        }
    }

    /** Deletes a file, link, device or whole directory tree without following symlinks. */
    public static void removeIfPresent(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
