package dev.jetpod.runtime.spec;

import dev.jetpod.runtime.RuntimeFailure;

/** config.json is missing, unreadable or names something this runtime cannot honour. */
public class InvalidSpecException extends RuntimeFailure {
    public InvalidSpecException(String message) {
        super(message);
    }

    public InvalidSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
