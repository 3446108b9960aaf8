package dev.jetpod.jctl.manifest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One object read from a file: where it came from (for messages), and its JSON tree as written.
 *
 * @param source the path as the user gave it, or "STDIN"
 * @param line   the 1-based line its document starts on
 */
public record Manifest(String source, int line, ObjectNode object) {
    public String describe() {
        return source + (line > 1 ? " (document at line " + line + ")" : "");
    }
}
