package dev.jetpod.api.codec;

/**
 * A manifest that cannot be read or decoded; the message is one line that starts with the location
 * ({@code pod.yaml:7: …}), ready for a CLI to print as is.
 */
public final class ManifestException extends IllegalArgumentException {
    private final String location;
    private final String reason;

    public ManifestException(String location, String reason, Throwable cause) {
        super(location + ": " + reason, cause);
        this.location = location;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    /** The message without the location. */
    public String reason() {
        return reason;
    }
}
