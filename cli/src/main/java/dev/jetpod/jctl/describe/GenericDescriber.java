package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.meta.PartialObjectMetadata;
import java.util.Iterator;
import java.util.Map;

/**
 * Any other kind: metadata as usual, then every other top-level field as nested {@code Key:  value} lines with
 * camelCase keys spelled as words ("holderIdentity" → "Holder Identity"), as kubectl's generic describer does.
 */
final class GenericDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        var m = ctx.typed(object, PartialObjectMetadata.class).metadata();
        Sections.nameAndNamespace(m, w);
        w.labels(0, "Labels", m.labels());
        w.annotations(0, m.annotations());
        w.field(0, "API Version", object.path("apiVersion").asText());
        w.field(0, "Kind", object.path("kind").asText());
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("apiVersion") || e.getKey().equals("kind") || e.getKey().equals("metadata")) {
                continue;
            }
            value(0, e.getKey(), e.getValue(), w);
        }
    }

    private static void value(int level, String key, JsonNode v, DescribeWriter w) {
        String title = words(key);
        if (v.isObject()) {
            w.line(level, title + ":");
            v.fields().forEachRemaining(e -> value(level + 1, e.getKey(), e.getValue(), w));
        } else if (v.isArray()) {
            w.line(level, title + ":");
            for (JsonNode el : v) {
                if (el.isObject()) {
                    boolean first = true;
                    Iterator<Map.Entry<String, JsonNode>> it = el.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (first && e.getValue().isValueNode()) {
                            w.line(level + 1, "- " + words(e.getKey()) + ":\t" + e.getValue().asText());
                        } else {
                            value(level + 2, e.getKey(), e.getValue(), w);
                        }
                        first = false;
                    }
                } else {
                    w.line(level + 1, el.asText());
                }
            }
        } else {
            w.field(level, title, v.asText());
        }
    }

    static String words(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i == 0) {
                b.append(Character.toUpperCase(c));
            } else if (Character.isUpperCase(c) && !Character.isUpperCase(camel.charAt(i - 1))) {
                b.append(' ').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
