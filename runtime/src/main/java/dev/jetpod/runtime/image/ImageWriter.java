package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.oci.ConfigFile;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.Manifest;
import dev.jetpod.runtime.image.oci.MediaTypes;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.oci.Platform;
import dev.jetpod.runtime.image.store.BlobSource;
import dev.jetpod.runtime.image.store.BlobStore;
import dev.jetpod.runtime.image.store.ImageRecord;
import dev.jetpod.runtime.image.store.LayerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings one image manifest and everything it references into the store, from any {@link BlobSource}:
 * config and layer blobs verified by digest, layers unpacked (once) and checked against the config's diffIDs,
 * the manifest stored last. Returns the record to publish; naming it is the store's job.
 */
final class ImageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ImageWriter.class);

    private final BlobStore blobs;
    private final LayerStore layers;
    private final ImageMetrics metrics;

    ImageWriter(BlobStore blobs, LayerStore layers, ImageMetrics metrics) {
        this.blobs = blobs;
        this.layers = layers;
        this.metrics = metrics;
    }

    /** {@code manifestBytes} must already be verified against {@code manifestDescriptor}. */
    ImageRecord write(BlobSource source, Descriptor manifestDescriptor, byte[] manifestBytes) throws IOException {
        String what = "manifest " + manifestDescriptor.digest() + " from " + source.describe();
        Manifest manifest = OciJson.read(manifestBytes, Manifest.class, what);
        String mediaType = manifest.mediaType() != null ? manifest.mediaType() : manifestDescriptor.mediaType();
        if (MediaTypes.DOCKER_MANIFEST_V1_SIGNED.equals(mediaType) || manifest.schemaVersion() == 1) {
            throw new InvalidImageException(what + " is Docker schema 1, which is not supported (re-push the image with a current tool)");
        }
        if (!MediaTypes.isManifest(mediaType) && mediaType != null) {
            throw new InvalidImageException(what + " has media type " + mediaType + ", not an image manifest");
        }
        if (manifest.config() == null || !MediaTypes.isConfig(manifest.config().mediaType())) {
            throw new InvalidImageException(what + " has no image config (config media type "
                    + (manifest.config() == null ? "missing" : manifest.config().mediaType()) + ")");
        }

        Descriptor configDescriptor = manifest.config();
        byte[] configBytes = blobs.has(configDescriptor.parsedDigest())
                ? blobs.read(configDescriptor.parsedDigest())
                : source.readSmall(configDescriptor);
        blobs.putVerified(configDescriptor, configBytes, source.describe());
        ConfigFile config = OciJson.read(configBytes, ConfigFile.class, "image config " + configDescriptor.digest());
        checkPlatform(config, configDescriptor);
        List<String> diffIds = config.rootfs() == null ? List.of() : config.rootfs().diffIds();
        if (diffIds.size() != manifest.layers().size()) {
            throw new InvalidImageException("image config " + configDescriptor.digest() + " lists " + diffIds.size()
                    + " layer diffIDs but " + what + " has " + manifest.layers().size() + " layers");
        }

        List<ImageRecord.Layer> recordLayers = new ArrayList<>();
        long size = 0;
        for (int i = 0; i < manifest.layers().size(); i++) {
            Descriptor layer = manifest.layers().get(i);
            if (!MediaTypes.isLayer(layer.mediaType())) {
                throw new InvalidImageException(what + " layer " + i + " has unsupported media type " + layer.mediaType());
            }
            Digest diffId = parseDiffId(diffIds.get(i), configDescriptor);
            LayerStore.Unpacked unpacked = ensureLayer(source, layer, diffId);
            recordLayers.add(new ImageRecord.Layer(layer.digest(), layer.mediaType(), layer.size(), diffId.toString()));
            size += unpacked.tarBytes();
        }
        blobs.putVerified(manifestDescriptor, manifestBytes, source.describe());
        return new ImageRecord(configDescriptor.digest(), manifestDescriptor.digest(),
                mediaType != null ? mediaType : MediaTypes.OCI_MANIFEST, recordLayers, size, Instant.now());
    }

    private LayerStore.Unpacked ensureLayer(BlobSource source, Descriptor layer, Digest diffId) throws IOException {
        try {
            metrics.blobBytes.increment(blobs.ingest(layer, source));
        } catch (DigestMismatchException e) {
            metrics.digestMismatches.increment();
            throw e;
        }
        long start = System.nanoTime();
        LayerStore.Unpacked unpacked;
        try {
            unpacked = layers.ensureUnpacked(diffId, () -> blobs.open(layer.parsedDigest()));
        } catch (DigestMismatchException e) {
            metrics.digestMismatches.increment();
            throw e;
        }
        if (unpacked.reused()) {
            metrics.layerReuses.increment();
            LOG.info("event=layer-shared layer={} diffId={}", layer.digest(), diffId);
        } else {
            long nanos = System.nanoTime() - start;
            metrics.layerUnpacks.increment();
            metrics.unpackedBytes.increment(unpacked.tarBytes());
            metrics.unpackTime.record(java.time.Duration.ofNanos(nanos));
            LOG.info("event=layer-unpacked layer={} diffId={} bytes={} ms={}", layer.digest(), diffId, unpacked.tarBytes(), nanos / 1_000_000);
        }
        return unpacked;
    }

    private static void checkPlatform(ConfigFile config, Descriptor configDescriptor) {
        Platform wanted = Platform.LINUX_AMD64;
        if (config.os() != null && !config.os().equals(wanted.os())
                || config.architecture() != null && !config.architecture().equals(wanted.architecture())) {
            throw new InvalidImageException("image config " + configDescriptor.digest() + " is for " + config.os() + "/"
                    + config.architecture() + "; this runtime runs " + wanted);
        }
    }

    private static Digest parseDiffId(String text, Descriptor configDescriptor) {
        try {
            return Digest.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidImageException("image config " + configDescriptor.digest() + " has an invalid diffID: " + e.getMessage());
        }
    }
}
