package dev.jetpod.runtime.image.oci;

import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.DigestMismatchException;
import dev.jetpod.runtime.image.InvalidImageException;
import dev.jetpod.runtime.image.store.BlobSource;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Follows a descriptor to an image manifest: an index (or Docker manifest list) is narrowed to the entry
 * for the wanted platform, nested indexes included; every document is checked against its digest.
 */
public final class ManifestResolver {
    private static final int MAX_DEPTH = 4;

    private final Platform platform;

    public ManifestResolver(Platform platform) {
        this.platform = platform;
    }

    /** A manifest, verified: its descriptor and its exact bytes (the bytes are what the digest covers). */
    public record Resolved(Descriptor descriptor, byte[] bytes) {
    }

    public Resolved resolve(BlobSource source, Descriptor descriptor) throws IOException {
        return resolve(source, descriptor, source.readSmall(descriptor), 0);
    }

    /** Resolves from a document already read (a registry's answer to a tag). */
    public Resolved resolve(BlobSource source, Descriptor descriptor, byte[] bytes, int depth) throws IOException {
        verify(descriptor, bytes, source);
        String mediaType = mediaTypeOf(descriptor, bytes);
        if (!MediaTypes.isIndex(mediaType)) {
            return new Resolved(new Descriptor(mediaType, descriptor.digest(), descriptor.size(), null,
                    descriptor.annotations(), descriptor.platform()), bytes);
        }
        if (depth >= MAX_DEPTH) {
            throw new InvalidImageException("index " + descriptor.digest() + " from " + source.describe() + " nests deeper than " + MAX_DEPTH);
        }
        Index index = OciJson.read(bytes, Index.class, "index " + descriptor.digest() + " from " + source.describe());
        Descriptor chosen = select(index, descriptor, source);
        return resolve(source, chosen, source.readSmall(chosen), depth + 1);
    }

    private Descriptor select(Index index, Descriptor indexDescriptor, BlobSource source) {
        return index.manifests().stream()
                .filter(d -> d.platform() != null && d.platform().matches(platform))
                .filter(d -> MediaTypes.isManifest(d.mediaType()) || MediaTypes.isIndex(d.mediaType()))
                .findFirst()
                .orElseThrow(() -> new InvalidImageException("index " + indexDescriptor.digest() + " from " + source.describe()
                        + " has no manifest for " + platform + " (it has: " + index.manifests().stream()
                        .map(d -> d.platform() == null ? "unspecified" : d.platform().toString())
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /** The descriptor's media type, or the document's own mediaType field when the descriptor has none. */
    static String mediaTypeOf(Descriptor descriptor, byte[] bytes) {
        if (descriptor.mediaType() != null && !descriptor.mediaType().isEmpty()) {
            return descriptor.mediaType();
        }
        Manifest probe = OciJson.read(bytes, Manifest.class, "document " + descriptor.digest());
        if (probe.mediaType() != null) {
            return probe.mediaType();
        }
        // OCI documents may omit mediaType: an index has "manifests", a manifest has "config".
        return probe.config() != null ? MediaTypes.OCI_MANIFEST : MediaTypes.OCI_INDEX;
    }

    private static void verify(Descriptor descriptor, byte[] bytes, BlobSource source) {
        Digest actual = Digest.of(bytes);
        if (!actual.equals(descriptor.parsedDigest())) {
            throw new DigestMismatchException("document from " + source.describe() + " has digest " + actual
                    + ", expected " + descriptor.digest() + "; refused");
        }
        if (descriptor.size() > 0 && descriptor.size() != bytes.length) {
            throw new DigestMismatchException("document " + descriptor.digest() + " from " + source.describe() + " has "
                    + bytes.length + " bytes, its descriptor says " + descriptor.size());
        }
    }
}
