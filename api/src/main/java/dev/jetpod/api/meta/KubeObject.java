package dev.jetpod.api.meta;

/**
 * Every top-level API object: TypeMeta ({@code apiVersion}, {@code kind}) plus {@link ObjectMeta}.
 * Implementations are immutable records; {@code with…} returns a changed copy of the same type.
 *
 * @param <T> the implementing type itself, so generic code gets a {@code T} back
 */
public interface KubeObject<T extends KubeObject<T>> {
    String apiVersion();

    String kind();

    ObjectMeta metadata();

    T withMetadata(ObjectMeta metadata);

    /** Sets apiVersion and kind, which the server and codecs fill in from the scheme. */
    T withTypeMeta(String apiVersion, String kind);
}
