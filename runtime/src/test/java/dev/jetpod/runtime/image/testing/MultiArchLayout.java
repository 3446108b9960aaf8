package dev.jetpod.runtime.image.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.Index;
import dev.jetpod.runtime.image.oci.Manifest;
import dev.jetpod.runtime.image.oci.MediaTypes;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.oci.Platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds to an OCI layout an image index {@code indexRef} with two entries: an arm64 variant first (same layers,
 * config saying arm64) and the amd64 image {@code amd64Ref} second, so a pull must choose by platform.
 */
public final class MultiArchLayout {
    private MultiArchLayout() {
    }

    public static void addIndex(Path layout, String amd64Ref, String indexRef) throws IOException {
        Index top = OciJson.read(Files.readAllBytes(layout.resolve("index.json")), Index.class, "index.json");
        Descriptor amd64 = top.manifests().stream()
                .filter(d -> amd64Ref.equals(d.annotation(Descriptor.REF_NAME_ANNOTATION))).findFirst().orElseThrow();
        Manifest manifest = OciJson.read(blob(layout, amd64.digest()), Manifest.class, "manifest");
        ObjectNode config = (ObjectNode) OciJson.mapper().readTree(blob(layout, manifest.config().digest()));
        config.put("architecture", "arm64");
        byte[] armConfig = OciJson.mapper().writeValueAsBytes(config);
        Descriptor armConfigDescriptor = Descriptor.of(MediaTypes.OCI_CONFIG, put(layout, armConfig), armConfig.length);
        byte[] armManifest = OciJson.write(new Manifest(2, MediaTypes.OCI_MANIFEST, armConfigDescriptor, manifest.layers(), null));
        Descriptor arm = new Descriptor(MediaTypes.OCI_MANIFEST, put(layout, armManifest).toString(), armManifest.length, null, null,
                new Platform("arm64", "linux", "v8", null));
        Descriptor amd = new Descriptor(MediaTypes.OCI_MANIFEST, amd64.digest(), amd64.size(), null, null, Platform.LINUX_AMD64);
        byte[] index = OciJson.write(new Index(2, MediaTypes.OCI_INDEX, List.of(arm, amd), null));
        Descriptor indexEntry = Descriptor.of(MediaTypes.OCI_INDEX, put(layout, index), index.length)
                .withAnnotations(Map.of(Descriptor.REF_NAME_ANNOTATION, indexRef));
        List<Descriptor> entries = new ArrayList<>(top.manifests());
        entries.add(indexEntry);
        Files.write(layout.resolve("index.json"), OciJson.write(new Index(2, MediaTypes.OCI_INDEX, entries, null)));
    }

    private static byte[] blob(Path layout, String digest) throws IOException {
        return Files.readAllBytes(layout.resolve("blobs/sha256").resolve(Digest.parse(digest).hex()));
    }

    private static Digest put(Path layout, byte[] content) throws IOException {
        Digest digest = Digest.of(content);
        Files.write(layout.resolve("blobs/sha256").resolve(digest.hex()), content);
        return digest;
    }
}
