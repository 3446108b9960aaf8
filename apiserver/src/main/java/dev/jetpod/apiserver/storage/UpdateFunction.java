package dev.jetpod.apiserver.storage;

/** A pure transformation of the current stored object into the desired one, re-run if the write loses a race. */
@FunctionalInterface
public interface UpdateFunction<T> {
    T apply(T current);
}
