package dev.jetpod.jctl.jsonpath;

/** A template that does not parse, or a path that cannot be followed when missing keys are not allowed. */
public final class JsonPathException extends RuntimeException {
    public JsonPathException(String message) {
        super(message);
    }
}
