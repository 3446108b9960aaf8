package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.DigestMismatchException;
import dev.jetpod.runtime.image.ImageReference;
import dev.jetpod.runtime.image.PullOptions;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.oci.ManifestResolver;
import dev.jetpod.runtime.image.oci.MediaTypes;
import dev.jetpod.runtime.image.oci.Platform;
import dev.jetpod.runtime.image.store.BlobSource;

import java.io.IOException;

/**
 * The registry side of a pull: the tag (or digest) is asked for with every manifest media type accepted,
 * the answer's digest is checked (against the pinned digest, and against Docker-Content-Digest when sent),
 * and an index is narrowed to the wanted platform. The store then fetches the rest through {@link #source()}.
 */
public final class RegistryPuller {
    private final ImageReference reference;
    private final RegistryClient client;
    private final RegistryBlobSource source;

    public RegistryPuller(ImageReference reference, PullOptions options) {
        this.reference = reference;
        this.client = new RegistryClient(reference.registry(), options);
        this.source = new RegistryBlobSource(client, reference.repository(), options.resumeAttempts());
    }

    public ManifestResolver.Resolved resolveManifest(Platform platform) throws IOException {
        RegistryClient.ManifestResponse response = client.manifest(reference.repository(), reference.manifestReference(), MediaTypes.MANIFEST_ACCEPT);
        Digest actual = Digest.of(response.body());
        if (reference.digest() != null && !reference.digest().equals(actual)) {
            throw new DigestMismatchException("manifest of " + reference + " from " + source.describe() + " has digest " + actual + "; refused");
        }
        if (response.dockerContentDigest().isPresent() && Digest.isDigest(response.dockerContentDigest().get())
                && !Digest.parse(response.dockerContentDigest().get()).equals(actual)) {
            throw new DigestMismatchException("manifest of " + reference + " from " + source.describe() + " has digest " + actual
                    + " but the registry says " + response.dockerContentDigest().get() + "; refused");
        }
        String mediaType = response.contentType().isEmpty() || response.contentType().equals("application/json")
                ? null : response.contentType();
        Descriptor top = new Descriptor(mediaType, actual.toString(), response.body().length, null, null, null);
        return new ManifestResolver(platform).resolve(source, top, response.body(), 0);
    }

    public BlobSource source() {
        return source;
    }
}
