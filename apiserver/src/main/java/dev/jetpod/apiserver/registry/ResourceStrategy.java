package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.KubeObject;

/**
 * What differs between resource types in the generic REST flow, like Kubernetes' rest strategies: extra
 * preparation on create and update, graceful deletion, and type-owned finalizers. The defaults fit most types.
 */
public interface ResourceStrategy<T extends KubeObject<T>> {

    /** Server-set fields on a new object, before defaulting and validation (e.g. a namespace's "kubernetes" finalizer). */
    default T prepareForCreate(T object) {
        return object;
    }

    /** Whether a create may set .status (nodes registering themselves); otherwise a new object starts without one. */
    default boolean keepsStatusOnCreate() {
        return false;
    }

    /** Fields a main-resource update may not change, restored from the stored object (status is handled generically). */
    default T prepareForUpdate(T object, T old) {
        return object;
    }

    /**
     * The grace period for a delete of {@code object}; 0 removes it at once (unless finalizers hold it).
     * {@code requested} is DeleteOptions.gracePeriodSeconds, null when the client gave none.
     */
    default long gracePeriodSeconds(T object, Long requested) {
        return 0;
    }

    /** Whether the type itself still holds the object after deletion was asked (a namespace's spec.finalizers). */
    default boolean heldByTypeFinalizers(T object) {
        return false;
    }

    /** How the object looks once its deletion is pending (a namespace turns Terminating). */
    default T markDeleting(T object) {
        return object;
    }

    /** Refuses a delete the type never allows (an ApiException, e.g. 403 for the "default" namespace). */
    default void checkDeletable(T object) {
    }

    /** Whether DELETE answers with the object (pods, namespaces) or with a Success Status (most types). */
    default boolean returnsDeletedObject() {
        return false;
    }
}
