package dev.jetpod.runtime.image.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * What the store keeps per image, in {@code images/<config hex>.json}: the manifest it came from and each
 * layer's blob and diffID (the key of its unpacked directory). The config blob's digest is the image ID.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageRecord(String id, String manifestDigest, String manifestMediaType, List<Layer> layers,
                          long size, Instant created) {
    public ImageRecord {
        layers = List.copyOf(layers);
    }

    /** One layer: its (usually compressed) blob and the diffID of its uncompressed tar. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Layer(String digest, String mediaType, long size, String diffId) {
    }
}
