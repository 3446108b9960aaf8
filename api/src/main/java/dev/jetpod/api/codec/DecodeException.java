package dev.jetpod.api.codec;

/**
 * A document that is well-formed JSON/YAML but not a valid object of its kind: an unknown apiVersion/kind, a wrong
 * value type ({@code spec.replicas: cannot decode "three" as int}), a bad quantity, or, in strict mode, unknown or
 * duplicate fields. The API server answers it with 400 BadRequest; jctl prints it after the document's location.
 */
public final class DecodeException extends IllegalArgumentException {
    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
