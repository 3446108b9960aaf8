package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code kubectl.kubernetes.io/last-applied-configuration} annotation, made as kubectl makes it: the object as
 * applied, without this annotation, as compact JSON with keys in alphabetical order, {@code <}, {@code >} and
 * {@code &} escaped as Go's encoder escapes them, and a trailing newline. Because kubectl empties the annotation map
 * rather than removing it, an object without other annotations records {@code "annotations":{}}.
 */
public final class LastApplied {
    public static final String ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";

    private final ObjectMapper json;

    public LastApplied(ObjectMapper json) {
        this.json = json;
    }

    /** The object to send: a copy of {@code object} carrying the annotation that records it. */
    public ObjectNode withAnnotation(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        ObjectNode metadata = copy.get("metadata") instanceof ObjectNode m ? m : copy.putObject("metadata");
        ObjectNode annotations = metadata.get("annotations") instanceof ObjectNode a ? a : metadata.putObject("annotations");
        annotations.remove(ANNOTATION);
        String recorded = encode(copy);
        annotations.put(ANNOTATION, recorded);
        return copy;
    }

    /** The last-applied configuration recorded on a live object; null when it has none (created otherwise). */
    public ObjectNode read(JsonNode current) {
        JsonNode v = current.path("metadata").path("annotations").path(ANNOTATION);
        if (!v.isTextual() || v.asText().isBlank()) {
            return null;
        }
        try {
            JsonNode n = json.readTree(v.asText());
            return n instanceof ObjectNode o ? o : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    String encode(ObjectNode object) {
        try {
            JsonNode sorted = sort(object);
            return json.writer().with(new GoHtmlEscapes()).writeValueAsString(sorted) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the last-applied configuration: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode sort(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = json.createObjectNode();
            java.util.List<String> keys = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            java.util.Collections.sort(keys);
            keys.forEach(k -> out.set(k, sort(n.get(k))));
            return out;
        }
        if (n.isArray()) {
            var out = json.createArrayNode();
            n.forEach(el -> out.add(sort(el)));
            return out;
        }
        return n;
    }

    /** Go's encoding/json escapes these for safe embedding in HTML; kubectl's annotation carries them escaped. */
    private static final class GoHtmlEscapes extends CharacterEscapes {
        private final int[] table;

        GoHtmlEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> new SerializedString("\\u003c");
                case '>' -> new SerializedString("\\u003e");
                case '&' -> new SerializedString("\\u0026");
                case 0x2028 -> new SerializedString("\\u2028");
                case 0x2029 -> new SerializedString("\\u2029");
                default -> null;
            };
        }
    }
}
