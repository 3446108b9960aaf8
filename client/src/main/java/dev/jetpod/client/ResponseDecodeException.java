package dev.jetpod.client;

/** The apiserver answered, but with a body this client cannot decode into the expected type. */
public final class ResponseDecodeException extends RuntimeException {
    public ResponseDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
