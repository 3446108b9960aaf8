package dev.jetpod.apiserver.registry;

/**
 * The parts of metav1.DeleteOptions the server acts on, from the body or the query.
 *
 * @param gracePeriodSeconds      null: the type's default
 * @param propagationPolicy       Orphan, Background, Foreground, or null (the type's default, Background)
 * @param preconditionUid         the object must still have this uid, else 409
 * @param preconditionResourceVersion the object must still be at this resourceVersion, else 409
 */
public record DeleteRequest(Long gracePeriodSeconds, String propagationPolicy, String preconditionUid, String preconditionResourceVersion) {
    public static final String ORPHAN = "Orphan";
    public static final String BACKGROUND = "Background";
    public static final String FOREGROUND = "Foreground";

    public static DeleteRequest defaults() {
        return new DeleteRequest(null, null, null, null);
    }

    public DeleteRequest withGracePeriodSeconds(Long g) {
        return new DeleteRequest(g, propagationPolicy, preconditionUid, preconditionResourceVersion);
    }
}
