package dev.jetpod.runtime.image;

import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.Index;
import dev.jetpod.runtime.image.oci.MediaTypes;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.oci.OciLayoutSource;
import dev.jetpod.runtime.image.store.AtomicFiles;
import dev.jetpod.runtime.image.store.BlobStore;
import dev.jetpod.runtime.image.store.ImageRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a stored image out as an OCI image layout (what {@code skopeo copy oci:DIR:REF …} reads), blobs
 * byte for byte as stored, so digests are unchanged. An existing layout is added to; an entry with the same
 * ref name is replaced.
 */
final class LayoutExporter {
    private final BlobStore blobs;

    LayoutExporter(BlobStore blobs) {
        this.blobs = blobs;
    }

    void export(ImageRecord record, Path dir, String refName) throws IOException {
        Files.createDirectories(dir.resolve("blobs").resolve("sha256"));
        Path marker = dir.resolve("oci-layout");
        if (!Files.exists(marker)) {
            AtomicFiles.write(marker, "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        }
        List<Digest> content = new ArrayList<>();
        content.add(Digest.parse(record.id()));
        record.layers().forEach(l -> content.add(Digest.parse(l.digest())));
        content.add(Digest.parse(record.manifestDigest()));
        for (Digest digest : content) {
            Path target = dir.resolve("blobs").resolve("sha256").resolve(digest.hex());
            if (!Files.exists(target)) {
                Path temp = target.resolveSibling(".tmp-" + digest.hex());
                Files.copy(blobs.path(digest), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Digest manifest = Digest.parse(record.manifestDigest());
        Descriptor entry = Descriptor.of(record.manifestMediaType(), manifest, blobs.size(manifest))
                .withAnnotations(Map.of(Descriptor.REF_NAME_ANNOTATION, refName));
        List<Descriptor> entries = new ArrayList<>();
        if (OciLayoutSource.isLayout(dir) && Files.exists(dir.resolve("index.json"))) {
            try (OciLayoutSource existing = OciLayoutSource.open(dir)) {
                existing.index().manifests().stream()
                        .filter(d -> !refName.equals(d.annotation(Descriptor.REF_NAME_ANNOTATION))).forEach(entries::add);
            }
        }
        entries.add(entry);
        AtomicFiles.write(dir.resolve("index.json"), OciJson.write(new Index(2, MediaTypes.OCI_INDEX, entries, null)));
    }
}
