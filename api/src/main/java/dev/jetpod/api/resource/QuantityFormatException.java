package dev.jetpod.api.resource;

/** A string that is not a Kubernetes quantity; the message is the one Kubernetes gives. */
public final class QuantityFormatException extends IllegalArgumentException {
    static final String FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    static final String NUMERIC = "unable to parse numeric part of quantity";
    static final String SUFFIX = "unable to parse quantity's suffix";

    QuantityFormatException(String message) {
        super(message);
    }
}
