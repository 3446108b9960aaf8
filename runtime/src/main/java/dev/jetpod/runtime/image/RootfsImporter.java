package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.oci.ConfigFile;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.Manifest;
import dev.jetpod.runtime.image.oci.MediaTypes;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.oci.Platform;
import dev.jetpod.runtime.image.store.BlobStore;
import dev.jetpod.runtime.image.store.ImageRecord;
import dev.jetpod.runtime.image.store.LayerStore;
import dev.jetpod.runtime.image.unpack.Compression;
import dev.jetpod.runtime.image.unpack.DiffIds;
import dev.jetpod.runtime.image.unpack.DirectoryTarWriter;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * {@code docker import}: a plain directory or tarball becomes a single-layer image with a config this store
 * writes (entrypoint, cmd, env, … from the caller). A directory is archived as tar+gzip; a tarball is kept
 * as it is (plain, gzip or zstd), its diffID computed while it is unpacked.
 */
final class RootfsImporter {
    private final BlobStore blobs;
    private final LayerStore layers;

    RootfsImporter(BlobStore blobs, LayerStore layers) {
        this.blobs = blobs;
        this.layers = layers;
    }

    ImageRecord importRootfs(Path source, ImageConfig imageConfig, Instant created) throws IOException {
        BlobStore.Stored layerBlob;
        String layerMediaType;
        if (Files.isDirectory(source)) {
            layerBlob = blobs.putWritten(out -> {
                GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024);
                DirectoryTarWriter.write(source, gzip);
                gzip.finish();
            });
            layerMediaType = MediaTypes.OCI_LAYER_GZIP;
        } else if (Files.isRegularFile(source)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 64 * 1024)) {
                layerMediaType = switch (Compression.detect(in)) {
                    case GZIP -> MediaTypes.OCI_LAYER_GZIP;
                    case ZSTD -> MediaTypes.OCI_LAYER_ZSTD;
                    case NONE -> MediaTypes.OCI_LAYER_TAR;
                };
                layerBlob = blobs.putStream(in);
            }
        } else {
            throw new ImageNotFoundException("nothing to import at '" + source + "' (not a directory or file)");
        }
        // The diffID first (decompress and hash: cheap), so a layer already unpacked is shared, not unpacked again.
        Digest diffId;
        try (InputStream in = blobs.open(layerBlob.digest())) {
            diffId = DiffIds.of(in);
        }
        LayerStore.Unpacked unpacked = layers.ensureUnpacked(diffId, () -> blobs.open(layerBlob.digest()));

        ConfigFile config = new ConfigFile(created.toString(), Platform.LINUX_AMD64.architecture(), Platform.LINUX_AMD64.os(), null,
                imageConfig.toContainer(), new ConfigFile.RootFs("layers", List.of(unpacked.diffId().toString())),
                List.of(new ConfigFile.History(created.toString(), "jetpod import", null, null)));
        byte[] configBytes = OciJson.write(config);
        Digest configDigest = blobs.put(configBytes);
        Descriptor layerDescriptor = Descriptor.of(layerMediaType, layerBlob.digest(), layerBlob.size());
        Manifest manifest = new Manifest(2, MediaTypes.OCI_MANIFEST,
                Descriptor.of(MediaTypes.OCI_CONFIG, configDigest, configBytes.length), List.of(layerDescriptor), null);
        byte[] manifestBytes = OciJson.write(manifest);
        Digest manifestDigest = blobs.put(manifestBytes);
        return new ImageRecord(configDigest.toString(), manifestDigest.toString(), MediaTypes.OCI_MANIFEST,
                List.of(new ImageRecord.Layer(layerBlob.digest().toString(), layerMediaType, layerBlob.size(), unpacked.diffId().toString())),
                unpacked.tarBytes(), Instant.now());
    }
}
