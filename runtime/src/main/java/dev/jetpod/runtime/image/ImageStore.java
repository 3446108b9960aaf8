package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.oci.ManifestResolver;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.oci.OciLayoutSource;
import dev.jetpod.runtime.image.oci.Platform;
import dev.jetpod.runtime.image.registry.RegistryPuller;
import dev.jetpod.runtime.image.store.BlobStore;
import dev.jetpod.runtime.image.store.Holder;
import dev.jetpod.runtime.image.store.HolderStore;
import dev.jetpod.runtime.image.store.ImageCatalog;
import dev.jetpod.runtime.image.store.ImageRecord;
import dev.jetpod.runtime.image.store.LayerStore;
import dev.jetpod.runtime.image.store.StoreLock;
import dev.jetpod.runtime.image.unpack.LayerFs;
import dev.jetpod.runtime.image.unpack.NativeLayerFs;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image store: the runtime's one entry to images. Layout under {@code root} (the runtime passes
 * {@code <state dir>/images}):
 * <pre>
 *   blobs/sha256/&lt;hex&gt;        verified content (manifests, configs, layer tars as pulled)
 *   layers/sha256/&lt;diffID hex&gt; unpacked layers, each an overlayfs lowerdir, shared by all images
 *   images/&lt;id hex&gt;.json       one record per image; images/names.json maps names to IDs
 *   holders/&lt;holder&gt;.json      who uses which image (remove is refused while any holder exists)
 *   ingest/, layers/tmp/       in-flight transfers and unpacks (never read; GC clears them)
 * </pre>
 * Safe to share between threads and between processes on the same root. Errors are unchecked
 * {@link ImageStoreException}s (subtypes for not found, in use, digest mismatch, invalid image).
 */
public final class ImageStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImageStore.class);
    private static final Pattern ID_PREFIX = Pattern.compile("(?:sha256:)?[0-9a-f]{6,64}");

    private final Path root;
    private final BlobStore blobs;
    private final LayerStore layers;
    private final ImageCatalog catalog;
    private final HolderStore holders;
    private final StoreLock contentLock;
    private final StoreLock metadataLock;
    private final ImageMetrics metrics;
    private final ImageWriter writer;
    private final RootfsImporter rootfsImporter;

    private ImageStore(Path root, LayerFs fs, MeterRegistry meters) throws IOException {
        this.root = Files.createDirectories(root);
        this.blobs = new BlobStore(root);
        this.layers = new LayerStore(root, fs);
        this.catalog = new ImageCatalog(root);
        this.holders = new HolderStore(root);
        this.contentLock = StoreLock.open(root.resolve("content.lock"));
        this.metadataLock = StoreLock.open(root.resolve("metadata.lock"));
        this.metrics = new ImageMetrics(meters);
        this.writer = new ImageWriter(blobs, layers, metrics);
        this.rootfsImporter = new RootfsImporter(blobs, layers);
    }

    /** Opens (creating if needed) the store at {@code root}. */
    public static ImageStore open(Path root) {
        return open(root, new SimpleMeterRegistry());
    }

    public static ImageStore open(Path root, MeterRegistry meters) {
        try {
            return new ImageStore(root, new NativeLayerFs(), meters);
        } catch (IOException e) {
            throw new ImageStoreException("could not open image store at '" + root + "': " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    // --- reading ---------------------------------------------------------------------------------------

    /**
     * Finds an image by name ({@code busybox}, {@code busybox:latest}, {@code 127.0.0.1:5000/app:v1}), by
     * {@code name@sha256:<manifest digest>}, by ID ({@code sha256:<hex>}) or by a unique ID prefix (≥ 6 hex).
     */
    public Image resolve(String ref) {
        return toImage(resolveRecord(ref));
    }

    /** Every image, newest first. */
    public List<Image> list() {
        try {
            Map<String, String> names = catalog.names();
            return catalog.records().stream().sorted(Comparator.comparing(ImageRecord::created).reversed())
                    .map(r -> toImage(r, names)).toList();
        } catch (IOException e) {
            throw failure("list images", e);
        }
    }

    /** Whether the unpacked layer with this diffID is present (the benchmark's "no unpack" check). */
    public boolean hasLayer(Digest diffId) {
        return layers.has(diffId);
    }

    // --- adding ----------------------------------------------------------------------------------------

    /**
     * Imports one image from an OCI layout directory: the index.json entry annotated
     * {@code org.opencontainers.image.ref.name = refName} (or the only entry when null), narrowed to linux/amd64.
     */
    public Image importOciLayout(Path dir, String refName, List<String> names) {
        try (OciLayoutSource source = OciLayoutSource.open(dir)) {
            return importFromLayout(source, refName, names);
        } catch (IOException e) {
            throw failure("import OCI layout '" + dir + "'", e);
        }
    }

    /** Imports one image from an OCI archive (an uncompressed tar of a layout), read in place. */
    public Image importOciArchive(Path tar, String refName, List<String> names) {
        try (OciLayoutSource source = OciLayoutSource.openArchive(tar)) {
            return importFromLayout(source, refName, names);
        } catch (IOException e) {
            throw failure("import OCI archive '" + tar + "'", e);
        }
    }

    private Image importFromLayout(OciLayoutSource source, String refName, List<String> names) throws IOException {
        List<String> normalized = normalizeNames(names);
        try (StoreLock.Held held = contentLock.shared()) {
            ManifestResolver.Resolved manifest = new ManifestResolver(Platform.LINUX_AMD64).resolve(source, source.entry(refName));
            ImageRecord record = writer.write(source, manifest.descriptor(), manifest.bytes());
            Image image = publish(record, normalized);
            metrics.operation("import", "ok");
            LOG.info("event=image-imported image={} names={} source=\"{}\"", image.id(), image.names(), source.describe());
            return image;
        } catch (RuntimeException e) {
            metrics.operation("import", "error");
            throw e;
        }
    }

    /**
     * {@code docker import}: a directory or tarball (plain, gzip, zstd) becomes a one-layer image with
     * {@code config}. {@code created} fixes the config's timestamp (same input and time → same image ID).
     */
    public Image importRootfs(Path source, String name, ImageConfig config, Instant created) {
        List<String> normalized = normalizeNames(List.of(name));
        try (StoreLock.Held held = contentLock.shared()) {
            ImageRecord record = rootfsImporter.importRootfs(source, config, created);
            Image image = publish(record, normalized);
            metrics.operation("import", "ok");
            LOG.info("event=image-imported image={} names={} source=\"{}\"", image.id(), image.names(), source);
            return image;
        } catch (IOException e) {
            metrics.operation("import", "error");
            throw failure("import '" + source + "'", e);
        } catch (RuntimeException e) {
            metrics.operation("import", "error");
            throw e;
        }
    }

    public Image importRootfs(Path source, String name, ImageConfig config) {
        return importRootfs(source, name, config, Instant.now());
    }

    /**
     * What {@code import PATH NAME} does: an OCI layout directory or OCI archive is imported as an image;
     * anything else (a directory or tarball) as a rootfs with {@code config}.
     */
    public Image importPath(Path path, String name, ImageConfig config) {
        if (OciLayoutSource.isLayout(path)) {
            return importOciLayout(path, null, List.of(name));
        }
        if (Files.isRegularFile(path) && OciArchiveProbe.isOciArchive(path)) {
            return importOciArchive(path, null, List.of(name));
        }
        return importRootfs(path, name, config);
    }

    /** Pulls {@code ref} from its registry: linux/amd64 from an index, every blob verified, layers unpacked once. */
    public Image pull(String ref, PullOptions options) {
        ImageReference reference = parseReference(ref);
        try (StoreLock.Held held = contentLock.shared()) {
            RegistryPuller puller = new RegistryPuller(reference, options);
            ManifestResolver.Resolved manifest = puller.resolveManifest(Platform.LINUX_AMD64);
            ImageRecord record = writer.write(puller.source(), manifest.descriptor(), manifest.bytes());
            Image image = publish(record, List.of(reference.name()));
            metrics.operation("pull", "ok");
            LOG.info("event=image-pulled image={} ref={} manifest={}", image.id(), reference, manifest.descriptor().digest());
            return image;
        } catch (IOException e) {
            metrics.operation("pull", "error");
            throw failure("pull '" + ref + "'", e);
        } catch (RuntimeException e) {
            metrics.operation("pull", "error");
            throw e;
        }
    }

    /** Adds {@code name} to the image {@code ref} resolves to (moving it from another image if it was there). */
    public Image tag(String ref, String name) {
        ImageRecord record = resolveRecord(ref);
        return publish(record, normalizeNames(List.of(name)));
    }

    private Image publish(ImageRecord record, List<String> names) {
        try (StoreLock.Held held = metadataLock.exclusive()) {
            Optional<ImageRecord> existing = catalog.record(record.id());
            ImageRecord toWrite = existing.map(e -> new ImageRecord(record.id(), record.manifestDigest(), record.manifestMediaType(),
                    record.layers(), record.size(), e.created())).orElse(record);
            catalog.putRecord(toWrite);
            Map<String, String> index = catalog.names();
            names.forEach(n -> index.put(n, record.id()));
            catalog.putNames(index);
            return toImage(toWrite, index);
        } catch (IOException e) {
            throw failure("record image " + record.id(), e);
        }
    }

    // --- use and removal -------------------------------------------------------------------------------

    /**
     * Records that {@code holderId} (a container) uses the image; persisted, so {@link #remove} refuses the
     * image until {@link #release}, across restarts. Acquiring the same image again is a no-op; a holder
     * holds one image.
     */
    public void acquire(String imageId, String holderId) {
        HolderStore.validate(holderId);
        try (StoreLock.Held held = metadataLock.exclusive()) {
            ImageRecord record = catalog.record(Digest.parse(imageId).toString())
                    .orElseThrow(() -> new ImageNotFoundException("no image " + imageId + " in the store"));
            Optional<Holder> current = holders.get(holderId);
            if (current.isPresent() && !current.get().image().equals(record.id())) {
                throw new ImageStoreException("holder '" + holderId + "' already holds image " + current.get().image()
                        + "; release it before acquiring " + record.id());
            }
            if (current.isEmpty()) {
                holders.put(new Holder(holderId, record.id(), Instant.now()));
            }
        } catch (IllegalArgumentException e) {
            throw new ImageNotFoundException("'" + imageId + "' is not an image ID: " + e.getMessage());
        } catch (IOException e) {
            throw failure("acquire image " + imageId + " for '" + holderId + "'", e);
        }
    }

    /** Forgets {@code holderId}'s use of its image; releasing an unknown holder is a no-op. */
    public void release(String holderId) {
        HolderStore.validate(holderId);
        try (StoreLock.Held held = metadataLock.exclusive()) {
            holders.delete(holderId);
        } catch (IOException e) {
            throw failure("release '" + holderId + "'", e);
        }
    }

    /** Holders of the image, sorted. */
    public List<String> holders(String imageId) {
        try {
            return holders.holding(imageId);
        } catch (IOException e) {
            throw failure("list holders of " + imageId, e);
        }
    }

    /**
     * {@code rmi}: a name that is one of several is untagged; otherwise the image is deleted — refused with
     * {@link ImageInUseException} while it has holders — and content no other image uses is collected.
     */
    public RemoveResult remove(String ref) {
        ImageRecord record = resolveRecord(ref);
        List<String> untagged = new ArrayList<>();
        boolean deleted;
        try (StoreLock.Held held = metadataLock.exclusive()) {
            Map<String, String> index = catalog.names();
            List<String> names = namesOf(record.id(), index);
            Optional<String> byName = refAsName(ref).filter(names::contains);
            if (byName.isPresent() && names.size() > 1) {
                index.remove(byName.get());
                catalog.putNames(index);
                untagged.add(byName.get());
                deleted = false;
            } else {
                List<String> users = holders.holding(record.id());
                if (!users.isEmpty()) {
                    metrics.operation("remove", "in-use");
                    throw new ImageInUseException(record.id(), users);
                }
                names.forEach(index::remove);
                catalog.putNames(index);
                catalog.deleteRecord(record.id());
                untagged.addAll(names);
                deleted = true;
            }
        } catch (IOException e) {
            throw failure("remove image " + ref, e);
        }
        metrics.operation("remove", "ok");
        LOG.info("event=image-removed image={} untagged={} deleted={}", record.id(), untagged, deleted);
        GcResult collected = deleted ? collectGarbage() : GcResult.NOTHING;
        return new RemoveResult(untagged, deleted ? Optional.of(record.id()) : Optional.empty(), collected);
    }

    /**
     * Removes blobs and unpacked layers no image record references, and leftovers of transfers and unpacks
     * that died with their process. Waits for in-flight imports and pulls to finish first.
     */
    public GcResult collectGarbage() {
        try (StoreLock.Held content = contentLock.exclusive()) {
            List<ImageRecord> records;
            try (StoreLock.Held meta = metadataLock.exclusive()) {
                records = catalog.records();
            }
            java.util.Set<Digest> liveBlobs = new java.util.HashSet<>();
            java.util.Set<Digest> liveLayers = new java.util.HashSet<>();
            for (ImageRecord r : records) {
                liveBlobs.add(Digest.parse(r.id()));
                liveBlobs.add(Digest.parse(r.manifestDigest()));
                for (ImageRecord.Layer layer : r.layers()) {
                    liveBlobs.add(Digest.parse(layer.digest()));
                    liveLayers.add(Digest.parse(layer.diffId()));
                }
            }
            int blobsRemoved = 0;
            int layersRemoved = 0;
            long bytes = 0;
            for (Digest blob : blobs.list()) {
                if (!liveBlobs.contains(blob)) {
                    bytes += blobs.size(blob);
                    blobs.delete(blob);
                    blobsRemoved++;
                }
            }
            for (Digest layer : layers.list()) {
                if (!liveLayers.contains(layer)) {
                    bytes += layers.sizeOf(layer);
                    layers.delete(layer);
                    layersRemoved++;
                }
            }
            int incomplete = blobs.removeIncomplete() + layers.removeIncomplete();
            GcResult result = new GcResult(blobsRemoved, layersRemoved, bytes, incomplete);
            LOG.info("event=image-gc blobs={} layers={} bytes={} incomplete={}", blobsRemoved, layersRemoved, bytes, incomplete);
            return result;
        } catch (IOException e) {
            throw failure("collect garbage", e);
        }
    }

    /** Writes the image as an OCI layout in {@code dir} (created or added to), under {@code refName}. */
    public void exportOciLayout(String ref, Path dir, String refName) {
        ImageRecord record = resolveRecord(ref);
        try {
            new LayoutExporter(blobs).export(record, dir, refName);
        } catch (IOException e) {
            throw failure("export " + ref + " to '" + dir + "'", e);
        }
    }

    @Override
    public void close() {
        try {
            contentLock.close();
            metadataLock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private ImageRecord resolveRecord(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ImageNotFoundException("empty image reference");
        }
        try {
            Map<String, String> names = catalog.names();
            if (Digest.isDigest(ref)) {
                Optional<ImageRecord> byId = catalog.record(ref);
                if (byId.isPresent()) {
                    return byId.get();
                }
            }
            Optional<String> name = refAsName(ref);
            if (name.isPresent()) {
                ImageReference parsed = ImageReference.parse(ref);
                String id = names.get(name.get());
                if (id != null) {
                    return catalog.record(id).orElseThrow(() -> new ImageNotFoundException("image " + id + " named '" + ref + "' has no record"));
                }
                if (parsed.digest() != null) {
                    Optional<ImageRecord> byManifest = catalog.records().stream()
                            .filter(r -> r.manifestDigest().equals(parsed.digest().toString())).findFirst();
                    if (byManifest.isPresent()) {
                        return byManifest.get();
                    }
                }
            }
            if (ID_PREFIX.matcher(ref).matches()) {
                String prefix = ref.startsWith("sha256:") ? ref : "sha256:" + ref;
                List<ImageRecord> matches = catalog.records().stream().filter(r -> r.id().startsWith(prefix)).toList();
                if (matches.size() == 1) {
                    return matches.get(0);
                }
                if (matches.size() > 1) {
                    throw new ImageNotFoundException("image ID prefix '" + ref + "' is ambiguous (" + matches.size() + " images)");
                }
            }
            throw new ImageNotFoundException("no image '" + ref + "' in the store");
        } catch (IOException e) {
            throw failure("resolve image '" + ref + "'", e);
        }
    }

    private static Optional<String> refAsName(String ref) {
        try {
            return Optional.of(ImageReference.parse(ref).name());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ImageReference parseReference(String ref) {
        try {
            return ImageReference.parse(ref);
        } catch (IllegalArgumentException e) {
            throw new InvalidImageException(e.getMessage());
        }
    }

    private static List<String> normalizeNames(List<String> names) {
        return names.stream().map(n -> parseReference(n).name()).toList();
    }

    private Image toImage(ImageRecord record) {
        try {
            return toImage(record, catalog.names());
        } catch (IOException e) {
            throw failure("read names of " + record.id(), e);
        }
    }

    private Image toImage(ImageRecord record, Map<String, String> names) {
        try {
            dev.jetpod.runtime.image.oci.ConfigFile config = OciJson.read(blobs.read(Digest.parse(record.id())),
                    dev.jetpod.runtime.image.oci.ConfigFile.class, "image config " + record.id());
            List<Path> dirs = record.layers().stream().map(l -> layers.dir(Digest.parse(l.diffId()))).toList();
            return new Image(record.id(), namesOf(record.id(), names), ImageConfig.from(config.config()), dirs,
                    record.manifestDigest(), record.size(), record.created());
        } catch (IOException e) {
            throw failure("read config of " + record.id(), e);
        }
    }

    private static List<String> namesOf(String id, Map<String, String> names) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).sorted().toList();
    }

    private static ImageStoreException failure(String operation, IOException e) {
        return new ImageStoreException("could not " + operation + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
