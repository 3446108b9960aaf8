package dev.jetpod.apiserver.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import io.vertx.core.Future;

/**
 * Storage for one resource type, the only path to etcd. Keys are {@code /registry/<group or "core">/<plural>/<ns>/<name>}
 * (cluster-scoped: no ns segment). Objects are stored as JSON without {@code metadata.resourceVersion}; on the way out
 * the resourceVersion is the etcd modRevision. Every write is one etcd transaction guarded by the revision it read,
 * so there are no read-modify-write races. Failures are {@link dev.jetpod.api.errors.ApiException}s
 * (NotFound, AlreadyExists, Conflict, Expired, ServiceUnavailable while etcd is unreachable).
 *
 * <p>All methods are non-blocking and safe to call from a Vert.x event loop.
 */
public interface ObjectStore<T extends KubeObject<T>> {

    ResourceType<T> type();

    /** Creates; AlreadyExists if the key is taken. The object must carry its final name (generateName resolved by the caller). */
    Future<T> create(T object);

    /**
     * {@link #create}, answering the created object together with its JSON as lists and watches serve it
     * (resourceVersion included), so a reply can be written without encoding the object again.
     */
    Future<EncodedObject<T>> createEncoded(T object);

    /**
     * {@link #createEncoded(KubeObject)} of an object whose JSON tree the caller has at hand ({@code tree}: the
     * object's own tree, or null), which a store may write out instead of encoding the object again.
     */
    default Future<EncodedObject<T>> createEncoded(T object, ObjectNode tree) {
        return createEncoded(object);
    }

    /** The current object; NotFound if absent. */
    Future<T> get(String namespace, String name);

    /**
     * GET with Kubernetes' resourceVersion semantics: "0" may be answered from the watch cache (any recent state, no
     * etcd round trip); anything else reads the current object from etcd.
     */
    default Future<T> get(String namespace, String name, String resourceVersion) {
        return get(namespace, name);
    }

    /** A list consistent at one revision, filtered and paged as {@code options} says. */
    Future<KubeList<T>> list(ListOptions<T> options);

    /**
     * The same list with each item's JSON as the store holds it (resourceVersion included), so a list response can be
     * written without encoding every object again: see {@link EncodedList#toJson}. Lists of thousands of objects should
     * use this.
     */
    Future<EncodedList<T>> listEncoded(ListOptions<T> options);

    /**
     * Read-modify-write with optimistic concurrency: reads the current object, applies {@code update}, writes it
     * guarded by the read revision, and on a lost race reads again and re-applies (the function must be pure).
     * The function may throw an ApiException to abort (e.g. a stale resourceVersion precondition → Conflict).
     * Returning the same instance it was given means "no change": nothing is written, the current object is returned.
     */
    Future<T> guaranteedUpdate(String namespace, String name, UpdateFunction<T> update);

    /**
     * Deletes the key if its revision still equals {@code expectedResourceVersion} (null: whatever is there).
     * Returns the object as it was last stored. NotFound if absent; Conflict if the revision moved.
     */
    Future<T> delete(String namespace, String name, String expectedResourceVersion);

    /**
     * Starts a watch. Events arrive on the Vert.x context that called this method, in revision order.
     * A resourceVersion older than the watch cache's window fails the watch with an Expired (410) ApiException
     * delivered through {@link WatchListener#onError}.
     */
    Watch watch(WatchOptions<T> options, WatchListener<T> listener);

    /** The newest revision this store has seen (from the watch cache), for list metadata and bookmarks. */
    long currentRevision();
}
