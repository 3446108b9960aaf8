package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.InvalidImageException;
import dev.jetpod.runtime.image.oci.Descriptor;
import dev.jetpod.runtime.image.store.BlobSource;

import java.io.IOException;
import java.io.InputStream;

/** Blobs of one repository at a registry; broken transfers resume with a Range request. */
final class RegistryBlobSource implements BlobSource {
    private static final long MAX_DOCUMENT = 32L * 1024 * 1024;

    private final RegistryClient client;
    private final String repository;
    private final int resumeAttempts;

    RegistryBlobSource(RegistryClient client, String repository, int resumeAttempts) {
        this.client = client;
        this.repository = repository;
        this.resumeAttempts = resumeAttempts;
    }

    @Override
    public Content open(Descriptor descriptor, long offset) throws IOException {
        RegistryClient.Blob blob = client.blob(repository, descriptor.digest(), offset);
        return new Content(blob.body(), blob.offset());
    }

    @Override
    public byte[] readSmall(Descriptor descriptor) throws IOException {
        if (descriptor.size() > MAX_DOCUMENT) {
            throw new InvalidImageException("document " + descriptor.digest() + " from " + describe() + " is too large (" + descriptor.size() + " bytes)");
        }
        if (descriptor.mediaType() != null && (descriptor.mediaType().contains("manifest") || descriptor.mediaType().contains("index"))) {
            return client.manifest(repository, descriptor.digest(), descriptor.mediaType()).body();
        }
        try (InputStream in = client.blob(repository, descriptor.digest(), 0).body()) {
            return in.readNBytes((int) MAX_DOCUMENT);
        }
    }

    @Override
    public int resumeAttempts() {
        return resumeAttempts;
    }

    @Override
    public String describe() {
        return "registry " + client.host() + " repository '" + repository + "'";
    }
}
