package dev.jetpod.apiserver.storage;

/**
 * Which objects a list or watch wants (label selector + field selector, compiled by the caller for the type).
 * For watches it decides ADDED/DELETED transitions when an object starts or stops matching, as Kubernetes does.
 */
@FunctionalInterface
public interface ObjectFilter<T> {
    boolean matches(T object);

    /** The filter that keeps everything; pass this (not an equivalent lambda) so the store knows nothing is filtered out. */
    static <T> ObjectFilter<T> everything() {
        @SuppressWarnings("unchecked")
        ObjectFilter<T> all = (ObjectFilter<T>) Everything.INSTANCE;
        return all;
    }

    /** True for {@link #everything()} (and null), which lets a list report remainingItemCount cheaply. */
    static boolean isEverything(ObjectFilter<?> filter) {
        return filter == null || filter == Everything.INSTANCE;
    }
}
