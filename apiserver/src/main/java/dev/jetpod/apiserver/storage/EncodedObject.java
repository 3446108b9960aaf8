package dev.jetpod.apiserver.storage;

import dev.jetpod.api.meta.KubeObject;

/**
 * An object together with its JSON, resourceVersion included, encoded once by the store and shared by every list and
 * watch that returns it. The array must not be modified.
 */
public record EncodedObject<T extends KubeObject<T>>(T object, byte[] json) {
}
