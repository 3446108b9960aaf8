package dev.jetpod.runtime.image;

/** Base of the image store's typed errors; the message names the operation and the object, with the cause. */
public class ImageStoreException extends RuntimeException {
    public ImageStoreException(String message) {
        super(message);
    }

    public ImageStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
