package dev.jetpod.runtime.image.oci;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.runtime.image.Digest;
import dev.jetpod.runtime.image.InvalidImageException;

import java.util.List;
import java.util.Map;

/** An OCI content descriptor: what a blob is, its digest and size, and for index entries its platform. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Descriptor(String mediaType, String digest, long size, List<String> urls,
                         Map<String, String> annotations, Platform platform) {
    public static final String REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";

    public static Descriptor of(String mediaType, Digest digest, long size) {
        return new Descriptor(mediaType, digest.toString(), size, null, null, null);
    }

    public Descriptor withAnnotations(Map<String, String> newAnnotations) {
        return new Descriptor(mediaType, digest, size, urls, newAnnotations, platform);
    }

    /** The parsed digest; a malformed one is an {@link InvalidImageException} naming the descriptor. */
    public Digest parsedDigest() {
        try {
            return Digest.parse(digest);
        } catch (IllegalArgumentException e) {
            throw new InvalidImageException("descriptor of " + mediaType + " has an invalid digest: " + e.getMessage());
        }
    }

    public String annotation(String key) {
        return annotations == null ? null : annotations.get(key);
    }
}
