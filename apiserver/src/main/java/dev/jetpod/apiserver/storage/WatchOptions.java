package dev.jetpod.apiserver.storage;

/**
 * @param namespace         null for all
 * @param filter            objects to deliver (a change that makes an object stop matching is delivered as DELETED)
 * @param resourceVersion   deliver changes after this revision; "" or null: start now, with a synthetic ADDED for every
 *                          current object first; "0": same, from the cache
 * @param allowBookmarks    send periodic BOOKMARK events carrying only the current resourceVersion
 */
public record WatchOptions<T>(String namespace, ObjectFilter<T> filter, String resourceVersion, boolean allowBookmarks) {
}
