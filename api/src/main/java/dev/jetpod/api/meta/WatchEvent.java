package dev.jetpod.api.meta;

/** One frame of a watch stream: {@code {"type":"ADDED","object":{…}}}. ERROR frames carry a {@link Status}. */
public record WatchEvent<T>(Type type, T object) {
    public enum Type { ADDED, MODIFIED, DELETED, BOOKMARK, ERROR }
}
