package dev.jetpod.runtime.image;

/** Content did not hash (or size) to what its descriptor promised; the content was discarded. */
public class DigestMismatchException extends ImageStoreException {
    public DigestMismatchException(String message) {
        super(message);
    }
}
