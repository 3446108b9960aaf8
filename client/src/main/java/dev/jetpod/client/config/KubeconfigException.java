package dev.jetpod.client.config;

/** A kubeconfig that cannot be found, parsed or resolved; the message names the file or entry and the cause. */
public final class KubeconfigException extends RuntimeException {
    public KubeconfigException(String message) {
        super(message);
    }

    public KubeconfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
