package dev.jetpod.apiserver.storage;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.WatchEvent;

/** Receives a watch's events; after {@link #onError} no more events come. */
public interface WatchListener<T> {
    /** {@code serializedObject} is the object's JSON, encoded once per change and shared by all watchers. */
    void onEvent(WatchEvent.Type type, T object, byte[] serializedObject);

    void onError(ApiException error);
}
