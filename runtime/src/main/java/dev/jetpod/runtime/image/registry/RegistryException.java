package dev.jetpod.runtime.image.registry;

import dev.jetpod.runtime.image.ImageStoreException;

/** A registry answered with an error (authentication, permission, server error) or could not be reached. */
public class RegistryException extends ImageStoreException {
    private final int status;

    public RegistryException(String message, int status) {
        super(message);
        this.status = status;
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }
}
