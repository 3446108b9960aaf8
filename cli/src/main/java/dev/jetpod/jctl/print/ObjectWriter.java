package dev.jetpod.jctl.print;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Writes objects as kubectl's {@code -o yaml} (keys sorted, as kubectl's map-based YAML has them) and {@code -o json}
 * (the server's field order, four-space indent, {@code "key": value}).
 */
public final class ObjectWriter {
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public ObjectWriter(ObjectMapper json, ObjectMapper yaml) {
        this.json = json;
        this.yaml = yaml;
    }

    public String yaml(JsonNode n) {
        try {
            return yaml.writeValueAsString(sorted(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write YAML: " + e.getOriginalMessage(), e);
        }
    }

    public String json(JsonNode n) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        DefaultIndenter four = new DefaultIndenter("    ", "\n");
        pp.indentObjectsWith(four);
        pp.indentArraysWith(four);
        try {
            return json.writer(pp).writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A List of the objects, as kubectl prints several objects with -o yaml|json. */
    public static ObjectNode list(List<? extends JsonNode> items) {
        ObjectNode l = JsonNodeFactory.instance.objectNode();
        l.put("apiVersion", "v1");
        ArrayNode arr = l.putArray("items");
        items.forEach(arr::add);
        l.put("kind", "List");
        l.putObject("metadata").put("resourceVersion", "");
        return l;
    }

    /** A copy with every object's keys in alphabetical order. */
    static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            List<String> keys = new ArrayList<>();
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(keys::add);
            Collections.sort(keys);
            for (String k : keys) {
                out.set(k, sorted(n.get(k)));
            }
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            n.forEach(el -> out.add(sorted(el)));
            return out;
        }
        return n;
    }
}
