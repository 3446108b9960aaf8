package dev.jetpod.client.informer;

/**
 * What an informer tells its listeners, on the informer's own notification thread (never an event loop), in the
 * order the changes reached the cache. Handlers may block briefly; the usual handler only enqueues a key.
 * Objects are the cached immutable instances.
 */
public interface ResourceEventHandler<T> {
    default void onAdd(T object) {
    }

    /** {@code old == now} on a periodic resync. */
    default void onUpdate(T old, T now) {
    }

    /** The object's final state as the watch reported it. */
    default void onDelete(T object) {
    }

    /**
     * The object vanished while the informer was not watching (found missing on a relist): what it looked like last
     * is all that is known. By default handled like {@link #onDelete}.
     */
    default void onDeletedFinalStateUnknown(DeletedFinalStateUnknown<T> tombstone) {
        onDelete(tombstone.lastKnown());
    }
}
