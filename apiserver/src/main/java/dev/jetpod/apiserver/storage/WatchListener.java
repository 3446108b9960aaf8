package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;

/**
 * Receives a watch's events, on the Vert.x context that started the watch, in revision order. After {@link #onError}
 * or {@link #onClosed} no more events come.
 *
 * <p>BOOKMARK events (only when the watch allows them) carry an object with nothing but apiVersion, kind and
 * metadata.resourceVersion, and {@code serializedObject} is exactly
 * {@code {"apiVersion":"v1","kind":"Pod","metadata":{"resourceVersion":"123"}}}, as kube-apiserver sends them.
 */
public interface WatchListener<T> {
    /** {@code serializedObject} is the object's JSON, encoded once per change and shared by all watchers. */
    void onEvent(WatchEvent.Type type, T object, byte[] serializedObject);

    /**
     * The events queued for this watcher so far have all been passed to {@link #onEvent}: a listener that buffers what
     * it writes sends it now (one write for a burst of events instead of one per event).
     */
    default void onEventsDelivered() {
    }

    /** The watch failed: 410 Expired (too old resourceVersion), 503 (etcd unreachable), 400 (bad resourceVersion)… */
    void onError(ApiException error);

    /**
     * The store ended the watch without an error: the consumer fell too far behind (see {@link Watch#pause()}) or the
     * apiserver is shutting down. The HTTP side should end the response cleanly, as kube-apiserver does; clients then
     * watch again from the last resourceVersion they saw. The default treats it as an Expired error, which is also
     * correct but makes informers re-list.
     */
    default void onClosed(String reason) {
        onError(ApiException.expired("watch closed by the server: " + reason));
    }
}
