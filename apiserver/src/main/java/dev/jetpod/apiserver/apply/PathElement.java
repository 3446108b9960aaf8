package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * One step of a field path in structured-merge-diff's notation, as {@code metadata.managedFields[].fieldsV1} spells
 * it: a struct field or map key ({@code f:name}), a list-map item by its key fields
 * ({@code k:{"containerPort":80,"protocol":"TCP"}}), a set member by value ({@code v:"x"}), or a list position
 * ({@code i:0}). Keys and values are kept as canonical JSON text, so {@code 80} as an int and as a long are one key.
 */
public sealed interface PathElement extends Comparable<PathElement> {
    ObjectMapper JSON = new ObjectMapper();

    /** The fieldsV1 member name ({@code f:spec}). */
    String wire();

    /** The form in a conflict message: {@code .spec}, {@code [name="web"]}, {@code [="x"]}, {@code [0]}. */
    String display();

    record Field(String name) implements PathElement {
        public String wire() {
            return "f:" + name;
        }

        public String display() {
            return "." + name;
        }
    }

    record Key(String json) implements PathElement {
        /** A key from the item's key fields, in name order. */
        public static Key of(ObjectNode keyFields) {
            return new Key(canonical(keyFields));
        }

        public String wire() {
            return "k:" + json;
        }

        public String display() {
            try {
                StringBuilder b = new StringBuilder("[");
                Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(json).fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    b.append(e.getKey()).append('=').append(e.getValue().toString());
                    if (it.hasNext()) {
                        b.append(',');
                    }
                }
                return b.append(']').toString();
            } catch (JsonProcessingException e) {
                return "[" + json + "]";
            }
        }
    }

    record Value(String json) implements PathElement {
        public static Value of(JsonNode v) {
            return new Value(canonical(v));
        }

        public String wire() {
            return "v:" + json;
        }

        public String display() {
            return "[=" + json + "]";
        }
    }

    record Index(int index) implements PathElement {
        public String wire() {
            return "i:" + index;
        }

        public String display() {
            return "[" + index + "]";
        }
    }

    /** Parses a fieldsV1 member name; null for "." and for names this server does not know. */
    static PathElement parse(String wire) {
        if (wire.length() < 2 || wire.charAt(1) != ':') {
            return null;
        }
        String rest = wire.substring(2);
        try {
            return switch (wire.charAt(0)) {
                case 'f' -> new Field(rest);
                case 'k' -> new Key(canonical(JSON.readTree(rest)));
                case 'v' -> new Value(canonical(JSON.readTree(rest)));
                case 'i' -> new Index(Integer.parseInt(rest));
                default -> null;
            };
        } catch (JsonProcessingException | NumberFormatException e) {
            return null;
        }
    }

    /** JSON text with object members sorted by name, so equal values have equal text. */
    static String canonical(JsonNode n) {
        if (n.isObject()) {
            StringBuilder b = new StringBuilder("{");
            java.util.List<String> names = new java.util.ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                quoted(b, names.get(i)).append(':').append(canonical(n.get(names.get(i))));
            }
            return b.append('}').toString();
        }
        if (n.isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(canonical(n.get(i)));
            }
            return b.append(']').toString();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? Long.toString(n.longValue()) : n.bigIntegerValue().toString();
        }
        if (n.isTextual()) {
            return quoted(new StringBuilder(n.textValue().length() + 2), n.textValue()).toString();
        }
        return n.toString();
    }

    /** A JSON string literal, escaped as Jackson writes it (what {@code TextNode.toString()} gives, without a writer per call). */
    private static StringBuilder quoted(StringBuilder b, String s) {
        b.append('"');
        com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s, b);
        return b.append('"');
    }

    /**
     * Order in fieldsV1 and messages: fields, then values, keys, indexes; within a kind by text (the order of
     * {@link #wire()}, whose prefix is the same within a kind; compared without building it, as this runs for every
     * tree step of every field set).
     */
    @Override
    default int compareTo(PathElement o) {
        int a = rank(this);
        int b = rank(o);
        if (a != b) {
            return Integer.compare(a, b);
        }
        if (this instanceof Field f) {
            return f.name().compareTo(((Field) o).name());
        }
        if (this instanceof Value v) {
            return v.json().compareTo(((Value) o).json());
        }
        if (this instanceof Key k) {
            return k.json().compareTo(((Key) o).json());
        }
        return Integer.toString(((Index) this).index()).compareTo(Integer.toString(((Index) o).index()));
    }

    private static int rank(PathElement e) {
        if (e instanceof Field) {
            return 0;
        }
        if (e instanceof Value) {
            return 1;
        }
        if (e instanceof Key) {
            return 2;
        }
        return 3;
    }
}
