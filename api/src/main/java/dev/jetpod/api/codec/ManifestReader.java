package dev.jetpod.api.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads manifests as kubectl does: YAML with any number of {@code ---}-separated documents, or JSON (one object or
 * several in a row), empty documents skipped, and {@code kind: List} documents expanded into their items. Each
 * object keeps its file name and starting line; syntax errors and non-objects are {@link ManifestException}s that
 * name the file and line.
 */
public final class ManifestReader {
    private final ObjectMapper yaml = Codecs.yaml();

    public List<SourceDocument> read(String source, String text) {
        return read(source, new StringReader(text));
    }

    public List<SourceDocument> read(String source, Reader in) {
        List<SourceDocument> out = new ArrayList<>();
        // YAML is a superset of JSON, so one parser reads both
        try (JsonParser p = yaml.getFactory().createParser(in)) {
            JsonToken t;
            while ((t = next(p, source)) != null) {
                int line = lineOf(p.currentTokenLocation());
                JsonNode doc = readTree(p, source);
                if (t == JsonToken.VALUE_NULL || doc == null || doc.isNull() || doc.isMissingNode() || (doc.isTextual() && doc.asText().isEmpty())) {
                    // an empty document: "---" with nothing (or only comments) after it
                    continue;
                }
                if (!doc.isObject()) {
                    throw new ManifestException(source + ":" + line, "expected a Kubernetes object (a mapping with apiVersion and kind), found "
                            + describe(doc), null);
                }
                addExpanded(out, source, line, doc);
            }
        } catch (IOException e) {
            throw new ManifestException(source, "cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    private static void addExpanded(List<SourceDocument> out, String source, int line, JsonNode doc) {
        JsonNode kind = doc.get("kind");
        JsonNode items = doc.get("items");
        if (kind != null && kind.isTextual() && kind.asText().endsWith("List") && items != null && items.isArray()) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (!item.isObject()) {
                    throw new ManifestException(source + ":" + line + " (items[" + i + "])", "expected a Kubernetes object, found " + describe(item), null);
                }
                out.add(new SourceDocument(source, line, i, item));
            }
            return;
        }
        out.add(new SourceDocument(source, line, -1, doc));
    }

    private static JsonToken next(JsonParser p, String source) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            throw syntax(source, e);
        }
    }

    private JsonNode readTree(JsonParser p, String source) throws IOException {
        try {
            return yaml.readTree(p);
        } catch (JsonProcessingException e) {
            throw syntax(source, e);
        }
    }

    private static ManifestException syntax(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? source : source + ":" + lineOf(loc);
        String msg = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
        return new ManifestException(where, "invalid YAML/JSON: " + firstLine(msg), e);
    }

    private static int lineOf(JsonLocation loc) {
        return Math.max(1, loc.getLineNr());
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    static String describe(JsonNode n) {
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return "the string \"" + n.asText() + "\"";
        }
        return "the value " + n;
    }
}
