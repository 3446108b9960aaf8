package dev.jetpod.apiserver.storage;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.WatchEvent;

/**
 * One change the watch cache saw, encoded once and shared by every watcher. Only read under the cache's lock.
 */
final class CacheEvent<T extends KubeObject<T>> {
    private final WatchEvent.Type type;
    private final String key;
    private final long revision;
    private final EncodedObject<T> object;
    private final EncodedObject<T> previous;
    private final ObjectCodec<T> codec;
    private EncodedObject<T> previousAtRevision;

    /**
     * @param type     ADDED, MODIFIED or DELETED
     * @param key      the etcd key
     * @param revision the etcd revision of the change
     * @param object   the object after the change; for DELETED the last known object carrying the delete's revision
     * @param previous the object before the change (null for ADDED)
     */
    CacheEvent(WatchEvent.Type type, String key, long revision, EncodedObject<T> object, EncodedObject<T> previous, ObjectCodec<T> codec) {
        this.type = type;
        this.key = key;
        this.revision = revision;
        this.object = object;
        this.previous = previous;
        this.codec = codec;
    }

    WatchEvent.Type type() {
        return type;
    }

    String key() {
        return key;
    }

    long revision() {
        return revision;
    }

    EncodedObject<T> object() {
        return object;
    }

    EncodedObject<T> previous() {
        return previous;
    }

    /**
     * The previous object carrying this event's revision: what a watcher gets as DELETED when the change made the
     * object stop matching its filter. Encoded on first use, once for all such watchers.
     */
    EncodedObject<T> previousAtRevision() {
        if (previousAtRevision == null) {
            previousAtRevision = codec.encode(codec.withResourceVersion(previous.object(), revision));
        }
        return previousAtRevision;
    }
}
