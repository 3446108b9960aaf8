package dev.jetpod.apiserver.storage;

/**
 * Which objects a list or watch wants (label selector + field selector, compiled by the caller for the type).
 * For watches it decides ADDED/DELETED transitions when an object starts or stops matching, as Kubernetes does.
 */
@FunctionalInterface
public interface ObjectFilter<T> {
    boolean matches(T object);

    static <T> ObjectFilter<T> everything() {
        return o -> true;
    }
}
