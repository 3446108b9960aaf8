package dev.jetpod.apiserver.openapi.v3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the server's OpenAPI v2 document into the OpenAPI 3.0 documents kube-apiserver serves per group-version
 * ({@code /openapi/v3/api/v1}, {@code /openapi/v3/apis/apps/v1}): the paths of that group-version, their
 * operations with v3 parameters ({@code schema: {type}}), request bodies and responses per media type, and under
 * {@code components.schemas} exactly the definitions those paths reach, references rewritten to
 * {@code #/components/schemas/…}. Extensions ({@code x-kubernetes-…}) are kept; int-or-string becomes
 * {@code x-kubernetes-int-or-string}.
 */
public final class OpenApiV3Converter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String V2_REF = "#/definitions/";
    private static final String V3_REF = "#/components/schemas/";
    private static final List<String> VERBS = List.of("get", "put", "post", "delete", "options", "head", "patch");

    private OpenApiV3Converter() {
    }

    /** One document per group-version path ("api/v1", "apis/apps/v1"), in the order the paths first appear. */
    public static Map<String, ObjectNode> split(JsonNode v2) {
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        Map<String, Set<String>> refs = new LinkedHashMap<>();
        fields(v2.get("paths")).forEachRemaining(e -> {
            String gv = groupVersionOf(e.getKey());
            if (gv == null) {
                return;
            }
            ObjectNode doc = docs.computeIfAbsent(gv, k -> newDocument(v2));
            Set<String> used = refs.computeIfAbsent(gv, k -> new LinkedHashSet<>());
            ((ObjectNode) doc.get("paths")).set(e.getKey(), pathItem(e.getValue(), used));
        });
        JsonNode definitions = v2.path("definitions");
        docs.forEach((gv, doc) -> {
            ObjectNode schemas = doc.putObject("components").putObject("schemas");
            for (String name : closure(refs.get(gv), definitions)) {
                schemas.set(name, schema(definitions.get(name), new LinkedHashSet<>()));
            }
        });
        return docs;
    }

    /** "/api/v1/namespaces/{namespace}/pods" → "api/v1"; "/apis/apps/v1/deployments" → "apis/apps/v1". */
    static String groupVersionOf(String path) {
        String[] s = path.split("/");
        if (s.length >= 3 && s[1].equals("api")) {
            return "api/" + s[2];
        }
        if (s.length >= 4 && s[1].equals("apis")) {
            return "apis/" + s[2] + "/" + s[3];
        }
        return null;
    }

    private static ObjectNode newDocument(JsonNode v2) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.0.0");
        doc.set("info", v2.has("info") ? v2.get("info").deepCopy() : NODES.objectNode());
        doc.putObject("paths");
        return doc;
    }

    private static ObjectNode pathItem(JsonNode item, Set<String> refs) {
        ObjectNode out = NODES.objectNode();
        fields(item).forEachRemaining(e -> {
            String k = e.getKey();
            if (VERBS.contains(k)) {
                out.set(k, operation(e.getValue(), refs));
            } else if (k.equals("parameters")) {
                out.set(k, parameters(e.getValue(), refs));
            } else if (k.startsWith("x-")) {
                out.set(k, e.getValue().deepCopy());
            }
        });
        return out;
    }

    private static ObjectNode operation(JsonNode op, Set<String> refs) {
        ObjectNode out = NODES.objectNode();
        for (String k : List.of("tags", "summary", "description", "operationId", "deprecated")) {
            if (op.has(k)) {
                out.set(k, op.get(k).deepCopy());
            }
        }
        List<String> consumes = strings(op.get("consumes"), List.of("*/*"));
        List<String> produces = strings(op.get("produces"), List.of("application/json"));
        ArrayNode params = NODES.arrayNode();
        for (JsonNode p : iterable(op.get("parameters"))) {
            if ("body".equals(p.path("in").asText())) {
                ObjectNode body = out.putObject("requestBody");
                ObjectNode content = body.putObject("content");
                for (String media : consumes) {
                    content.putObject(media).set("schema", schema(p.path("schema"), refs));
                }
                body.put("required", p.path("required").asBoolean(false));
            } else {
                params.add(parameter(p, refs));
            }
        }
        if (!params.isEmpty()) {
            out.set("parameters", params);
        }
        ObjectNode responses = out.putObject("responses");
        fields(op.get("responses")).forEachRemaining(e -> {
            ObjectNode r = responses.putObject(e.getKey());
            r.put("description", e.getValue().path("description").asText(""));
            if (e.getValue().has("schema")) {
                ObjectNode content = r.putObject("content");
                for (String media : produces) {
                    content.putObject(media).set("schema", schema(e.getValue().get("schema"), refs));
                }
            }
        });
        fields(op).forEachRemaining(e -> {
            if (e.getKey().startsWith("x-")) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }

    private static ArrayNode parameters(JsonNode list, Set<String> refs) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode p : iterable(list)) {
            out.add(parameter(p, refs));
        }
        return out;
    }

    /** A v2 non-body parameter ({@code type} beside {@code name}) becomes {@code {name, in, schema: {type}}}. */
    private static ObjectNode parameter(JsonNode p, Set<String> refs) {
        ObjectNode out = NODES.objectNode();
        for (String k : List.of("name", "in", "description", "required")) {
            if (p.has(k)) {
                out.set(k, p.get(k).deepCopy());
            }
        }
        ObjectNode s = out.putObject("schema");
        for (String k : List.of("type", "format", "uniqueItems", "enum", "default")) {
            if (p.has(k)) {
                s.set(k, p.get(k).deepCopy());
            }
        }
        if (p.has("items")) {
            s.set("items", schema(p.get("items"), refs));
        }
        return out;
    }

    /** A schema with its references rewritten (and collected); int-or-string in its structural v3 form. */
    static ObjectNode schema(JsonNode s, Set<String> refs) {
        ObjectNode out = NODES.objectNode();
        if ("int-or-string".equals(s.path("format").asText())) {
            out.put("x-kubernetes-int-or-string", true);
            out.putArray("anyOf").add(NODES.objectNode().put("type", "integer")).add(NODES.objectNode().put("type", "string"));
            if (s.has("description")) {
                out.set("description", s.get("description").deepCopy());
            }
            return out;
        }
        fields(s).forEachRemaining(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "$ref" -> {
                    String name = v.asText().startsWith(V2_REF) ? v.asText().substring(V2_REF.length()) : v.asText();
                    refs.add(name);
                    out.put("$ref", V3_REF + name);
                }
                case "items", "additionalProperties" -> out.set(k, v.isObject() ? schema(v, refs) : v.deepCopy());
                case "properties" -> {
                    ObjectNode props = out.putObject("properties");
                    fields(v).forEachRemaining(p -> props.set(p.getKey(), schema(p.getValue(), refs)));
                }
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode a = out.putArray(k);
                    v.forEach(x -> a.add(schema(x, refs)));
                }
                default -> out.set(k, v.deepCopy());
            }
        });
        return out;
    }

    /** The definitions reachable from {@code roots} through references. */
    private static Set<String> closure(Set<String> roots, JsonNode definitions) {
        Set<String> all = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!all.add(name) || !definitions.has(name)) {
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            schema(definitions.get(name), next);
            todo.addAll(next);
        }
        all.removeIf(n -> !definitions.has(n));
        return all;
    }

    private static List<String> strings(JsonNode a, List<String> fallback) {
        if (a == null || !a.isArray() || a.isEmpty()) {
            return fallback;
        }
        List<String> out = new java.util.ArrayList<>();
        a.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode n) {
        return n == null ? List.of() : n;
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        return n == null ? java.util.Collections.emptyIterator() : n.fields();
    }
}
