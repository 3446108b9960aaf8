package dev.jetpod.api.meta;

/**
 * Objects with a status subresource. The API server uses these two methods to keep main-resource writes from
 * changing status and status writes from changing anything else.
 */
public interface HasStatus<T extends KubeObject<T>, S> {
    S status();

    T withStatus(S status);
}
