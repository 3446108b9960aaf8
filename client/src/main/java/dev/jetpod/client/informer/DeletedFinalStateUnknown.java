package dev.jetpod.client.informer;

import dev.jetpod.client.ResourceKey;

/** A tombstone: the object under {@code key} was deleted while the watch was down; {@code lastKnown} is the cached copy. */
public record DeletedFinalStateUnknown<T>(ResourceKey key, T lastKnown) {
}
