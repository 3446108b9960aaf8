package dev.jetpod.runtime.image;

/** An image source is malformed: bad JSON, unsupported media type, no matching platform, unsafe layer path. */
public class InvalidImageException extends ImageStoreException {
    public InvalidImageException(String message) {
        super(message);
    }

    public InvalidImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
