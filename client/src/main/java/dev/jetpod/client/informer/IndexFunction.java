package dev.jetpod.client.informer;

/** The values an object is indexed under for one index (none, one or several). Must be pure and quick. */
@FunctionalInterface
public interface IndexFunction<T> {
    java.util.List<String> values(T object);
}
