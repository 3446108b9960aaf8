package dev.jetpod.jctl;

/**
 * A failure whose message is meant for the user as it stands, printed as {@code error: <message>} with exit code 1:
 * a missing file, an unknown kind, a flag combination that makes no sense.
 */
public class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
