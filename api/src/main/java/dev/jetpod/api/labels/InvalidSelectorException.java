package dev.jetpod.api.labels;

/** A label selector (string or metav1.LabelSelector) that cannot be used; the message says why, Kubernetes-worded. */
public final class InvalidSelectorException extends IllegalArgumentException {
    public InvalidSelectorException(String message) {
        super(message);
    }
}
