package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.BusyboxImage;
import dev.jetpod.runtime.image.DigestMismatchException;
import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageConfig;
import dev.jetpod.runtime.image.ImageNotFoundException;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.ImageStoreException;
import dev.jetpod.runtime.image.PullOptions;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.Index;
import dev.jetpod.runtime.image.oci.Manifest;
import dev.jetpod.runtime.image.oci.OciJson;
import dev.jetpod.runtime.image.testing.DroppingProxy;
import dev.jetpod.runtime.image.testing.MultiArchLayout;
import dev.jetpod.runtime.image.testing.RegistryProcess;
import dev.jetpod.runtime.image.testing.Skopeo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pulls from a real registry (Debian's docker-registry on 127.0.0.1, plain HTTP, anonymous) into which
 * skopeo pushed the busybox image as OCI, as Docker schema2 and as a two-platform index; faults made by
 * tampering with the registry's storage and by a proxy that drops the connection mid-blob.
 */
class RegistryPullTest {
    @TempDir
    static Path shared;
    static RegistryProcess registry;
    static Image busybox;
    static String layerDigest;
    static String manifestDigest;

    @TempDir
    Path work;

    @BeforeAll
    static void pushImages() throws IOException {
        Path layout = shared.resolve("layout");
        try (ImageStore source = ImageStore.open(shared.resolve("source"))) {
            busybox = BusyboxImage.ensure(source);
            source.exportOciLayout(busybox.id(), layout, "latest");
            Path rootfs = Files.createDirectories(shared.resolve("tamper-rootfs"));
            Files.writeString(rootfs.resolve("file"), "x".repeat(200_000));
            source.exportOciLayout(source.importRootfs(rootfs, "tamper:1", ImageConfig.EMPTY).id(), layout, "tamper");
        }
        MultiArchLayout.addIndex(layout, "latest", "multi");
        Index index = OciJson.read(Files.readAllBytes(layout.resolve("index.json")), Index.class, "index");
        Descriptor latest = index.manifests().get(0);
        manifestDigest = latest.digest();
        Manifest manifest = OciJson.read(Files.readAllBytes(layout.resolve("blobs/sha256").resolve(latest.digest().substring(7))), Manifest.class, "m");
        layerDigest = manifest.layers().get(0).digest();

        registry = RegistryProcess.start();
        Skopeo.push(layout, "latest", registry.host() + "/busybox:1");
        Skopeo.push(layout, "latest", registry.host() + "/busybox:v2s2", "--format", "v2s2");
        Skopeo.push(layout, "multi", registry.host() + "/busybox:multi", "--all");
        Skopeo.push(layout, "tamper", registry.host() + "/tamper:1");
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    private ImageStore freshStore() {
        return ImageStore.open(work.resolve("store"));
    }

    @Test
    void pullsAnOciImageVerifiedAndUnpacked() {
        try (ImageStore store = freshStore()) {
            Image pulled = store.pull(registry.host() + "/busybox:1", PullOptions.overPlainHttp());

            assertEquals(busybox.id(), pulled.id());
            assertEquals(List.of(registry.host() + "/busybox:1"), pulled.names());
            assertEquals(List.of("sh"), pulled.config().cmd());
            assertTrue(Files.isExecutable(pulled.layerDirs().get(0).resolve("bin/busybox")));
            assertEquals(pulled.id(), store.resolve(registry.host() + "/busybox@" + manifestDigest).id());

            Image byDigest = store.pull(registry.host() + "/busybox@" + manifestDigest, PullOptions.overPlainHttp());
            assertEquals(busybox.id(), byDigest.id());
        }
    }

    @Test
    void pullsDockerSchema2AndSharesTheLayerWithTheOciImage() {
        try (ImageStore store = freshStore()) {
            Image oci = store.pull(registry.host() + "/busybox:1", PullOptions.overPlainHttp());
            Image docker = store.pull(registry.host() + "/busybox:v2s2", PullOptions.overPlainHttp());

            assertEquals(List.of("sh"), docker.config().cmd());
            assertEquals(oci.layerDirs(), docker.layerDirs(), "same diffID, one unpacked directory");
        }
    }

    @Test
    void picksLinuxAmd64FromAnIndex() {
        try (ImageStore store = freshStore()) {
            Image pulled = store.pull(registry.host() + "/busybox:multi", PullOptions.overPlainHttp());
            assertEquals(busybox.id(), pulled.id(), "the amd64 entry, not the arm64 one listed first");
        }
    }

    @Test
    void aMissingManifestIsAClearErrorAndLeavesNothing() throws IOException {
        try (ImageStore store = freshStore()) {
            ImageNotFoundException e = assertThrows(ImageNotFoundException.class,
                    () -> store.pull(registry.host() + "/busybox:nope", PullOptions.overPlainHttp()));
            assertTrue(e.getMessage().contains("manifest 'nope' not found in repository 'busybox'"), e.getMessage());
            assertTrue(store.list().isEmpty());
            assertEquals(List.of(), list(store.root().resolve("blobs/sha256")));
        }
    }

    @Test
    void aTamperedBlobIsRefusedAndNothingPartialStays() throws IOException {
        String tamperLayer;
        try (ImageStore probe = ImageStore.open(work.resolve("probe"))) {
            tamperLayer = probe.pull(registry.host() + "/tamper:1", PullOptions.overPlainHttp()).layerDirs().get(0).getFileName().toString();
        }
        Path data = findTamperBlob();
        byte[] bytes = Files.readAllBytes(data);
        byte[] original = bytes.clone();
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(data, bytes);
        try (ImageStore store = freshStore()) {
            DigestMismatchException e = assertThrows(DigestMismatchException.class,
                    () -> store.pull(registry.host() + "/tamper:1", PullOptions.overPlainHttp()));
            assertTrue(e.getMessage().contains("discarded"), e.getMessage());
            assertEquals(List.of(), list(store.root().resolve("ingest")));
            assertFalse(Files.exists(store.root().resolve("layers/sha256").resolve(tamperLayer)));
            assertEquals(List.of(), list(store.root().resolve("layers/tmp")));
            assertTrue(store.list().isEmpty());
        } finally {
            Files.write(data, original);
        }
    }

    @Test
    void aDroppedConnectionIsResumedWithARangeRequest() {
        try (DroppingProxy proxy = new DroppingProxy(registry.port()); ImageStore store = freshStore()) {
            proxy.dropAfter("/blobs/" + layerDigest, 100_000, 1);

            Image pulled = store.pull(proxy.host() + "/busybox:1", PullOptions.overPlainHttp());

            assertEquals(1, proxy.dropped.get());
            assertEquals(busybox.id(), pulled.id());
        }
    }

    @Test
    void aConnectionThatKeepsDroppingFailsCleanly() throws IOException {
        try (DroppingProxy proxy = new DroppingProxy(registry.port()); ImageStore store = freshStore()) {
            proxy.dropAfter("/blobs/" + layerDigest, 100_000, -1);

            ImageStoreException e = assertThrows(ImageStoreException.class,
                    () -> store.pull(proxy.host() + "/busybox:1", PullOptions.overPlainHttp().withResumeAttempts(2)));

            assertTrue(e.getMessage().contains("could not fetch blob " + layerDigest), e.getMessage());
            assertTrue(e.getMessage().contains("transfer broke after"), e.getMessage());
            assertEquals(3, proxy.dropped.get(), "first try and two resumes");
            assertEquals(List.of(), list(store.root().resolve("ingest")));
            assertFalse(Files.exists(store.root().resolve("blobs/sha256").resolve(layerDigest.substring(7))));
            assertTrue(store.list().isEmpty());
        }
    }

    private static Path findTamperBlob() throws IOException {
        // the tamper image's layer is the largest blob pushed under tamper:1 (200 kB of 'x' compresses, so find by name)
        try (ImageStore probe = ImageStore.open(shared.resolve("probe-manifest"))) {
            Image image = probe.pull(registry.host() + "/tamper:1", PullOptions.overPlainHttp());
            Manifest manifest = OciJson.read(Files.readAllBytes(probe.root().resolve("blobs/sha256").resolve(image.manifestDigest().substring(7))),
                    Manifest.class, "manifest");
            return registry.blobData(manifest.layers().get(0).digest());
        }
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
