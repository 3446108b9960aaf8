package dev.jetpod.apiserver.registry;

import dev.jetpod.api.meta.HasStatus;
import dev.jetpod.api.meta.KubeObject;

/**
 * Copies .status between two objects of a type with a status subresource, through {@link HasStatus}. Main-resource
 * writes keep the stored status; status writes keep everything but the status.
 */
public final class StatusAccess<T extends KubeObject<T>> {

    /** {@code target} with the status of {@code source}. */
    @SuppressWarnings("unchecked")
    public T withStatusOf(T target, T source) {
        Object status = ((HasStatus<T, Object>) source).status();
        return ((HasStatus<T, Object>) target).withStatus(status);
    }

    @SuppressWarnings("unchecked")
    public T withoutStatus(T target) {
        return ((HasStatus<T, Object>) target).withStatus(null);
    }

    public static boolean supports(Class<?> javaType) {
        return HasStatus.class.isAssignableFrom(javaType);
    }
}
