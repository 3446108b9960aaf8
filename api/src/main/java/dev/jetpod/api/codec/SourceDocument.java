package dev.jetpod.api.codec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One object read from a manifest: the JSON tree, where it came from ({@code pod.yaml}, {@code -} for stdin) and the
 * 1-based line it starts on, so a later error can say {@code pod.yaml:12: …}. {@code item} is the index inside a
 * {@code kind: List} document, or -1.
 */
public record SourceDocument(String source, int line, int item, JsonNode tree) {
    /** {@code pod.yaml:12} or {@code all.yaml:3 (items[2])}. */
    public String location() {
        return source + ":" + line + (item >= 0 ? " (items[" + item + "])" : "");
    }

    public String apiVersion() {
        JsonNode v = tree.get("apiVersion");
        return v == null || !v.isTextual() ? null : v.asText();
    }

    public String kind() {
        JsonNode v = tree.get("kind");
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
