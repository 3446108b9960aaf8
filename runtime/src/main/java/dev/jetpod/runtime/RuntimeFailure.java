package dev.jetpod.runtime;

/** Base of the runtime's typed errors; the message is one line that names the object and the cause. */
public class RuntimeFailure extends RuntimeException {
    public RuntimeFailure(String message) {
        super(message);
    }

    public RuntimeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
