package dev.jetpod.runtime.container;

import dev.jetpod.runtime.RuntimeFailure;

/** The operation does not fit the container's state: start of a running one, delete of a running one without force. */
public class InvalidStateException extends RuntimeFailure {
    public InvalidStateException(String message) {
        super(message);
    }
}
