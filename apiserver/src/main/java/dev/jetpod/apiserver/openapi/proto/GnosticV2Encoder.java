package dev.jetpod.apiserver.openapi.proto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Encodes an OpenAPI v2 (swagger 2.0) JSON document as the protobuf message {@code openapi.v2.Document} of Google's
 * gnostic project, the form kubectl asks for with
 * {@code Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf}. Field numbers are those of gnostic's
 * {@code OpenAPIv2.proto} (a wire fact); each message is one method here. Vendor extensions ({@code x-…}) and
 * other free-form values travel as {@code Any{yaml}}: the JSON text, which is valid YAML.
 *
 * <p>Covered: what a Kubernetes-style document uses — info, paths with their operations, body/query/path/header
 * parameters and responses, definitions with properties, items, additionalProperties, required, enum and
 * extensions. Security definitions, top-level parameter/response definitions and XML hints are not emitted.
 */
public final class GnosticV2Encoder {

    private GnosticV2Encoder() {
    }

    public static byte[] encode(JsonNode doc) {
        ProtoMessage m = new ProtoMessage()
                .string(1, text(doc, "swagger"));                      // Document.swagger
        if (doc.has("info")) {
            m.message(2, info(doc.get("info")));                       // Document.info
        }
        m.string(3, text(doc, "host")).string(4, text(doc, "basePath"));
        strings(m, 5, doc.get("schemes"));
        strings(m, 6, doc.get("consumes"));
        strings(m, 7, doc.get("produces"));
        if (doc.has("paths")) {
            m.message(8, paths(doc.get("paths")));                     // Document.paths
        }
        if (doc.has("definitions")) {
            ProtoMessage defs = new ProtoMessage();                    // Definitions.additional_properties = 1
            fields(doc.get("definitions")).forEachRemaining(e -> defs.message(1, named(e.getKey(), schema(e.getValue()))));
            m.message(9, defs);
        }
        extensions(m, 16, doc);                                        // Document.vendor_extension
        return m.toByteArray();
    }

    private static ProtoMessage info(JsonNode n) {
        ProtoMessage m = new ProtoMessage().string(1, text(n, "title")).string(2, text(n, "version")).string(3, text(n, "description"));
        extensions(m, 7, n);
        return m;
    }

    private static ProtoMessage paths(JsonNode n) {
        ProtoMessage m = new ProtoMessage();
        extensions(m, 1, n);                                           // Paths.vendor_extension = 1
        fields(n).forEachRemaining(e -> {
            if (!e.getKey().startsWith("x-")) {
                m.message(2, named(e.getKey(), pathItem(e.getValue())));   // Paths.path = 2 (NamedPathItem)
            }
        });
        return m;
    }

    private static ProtoMessage pathItem(JsonNode n) {
        ProtoMessage m = new ProtoMessage().string(1, text(n, "$ref"));
        String[] verbs = {"get", "put", "post", "delete", "options", "head", "patch"};
        for (int i = 0; i < verbs.length; i++) {
            if (n.has(verbs[i])) {
                m.message(2 + i, operation(n.get(verbs[i])));             // PathItem.get = 2 … patch = 8
            }
        }
        parameters(m, 9, n.get("parameters"));
        extensions(m, 10, n);
        return m;
    }

    private static ProtoMessage operation(JsonNode n) {
        ProtoMessage m = new ProtoMessage();
        strings(m, 1, n.get("tags"));
        m.string(2, text(n, "summary")).string(3, text(n, "description")).string(5, text(n, "operationId"));
        strings(m, 6, n.get("produces"));
        strings(m, 7, n.get("consumes"));
        parameters(m, 8, n.get("parameters"));
        if (n.has("responses")) {
            m.message(9, responses(n.get("responses")));
        }
        strings(m, 10, n.get("schemes"));
        m.bool(11, n.path("deprecated").asBoolean(false));
        extensions(m, 13, n);
        return m;
    }

    /** ParametersItem: a Parameter (1) or a JsonReference (2). */
    private static void parameters(ProtoMessage parent, int field, JsonNode list) {
        if (list == null) {
            return;
        }
        for (JsonNode p : list) {
            ProtoMessage item = new ProtoMessage();
            if (p.has("$ref")) {
                item.message(2, new ProtoMessage().string(1, text(p, "$ref")).string(2, text(p, "description")));
            } else {
                item.message(1, parameter(p));
            }
            parent.message(field, item);
        }
    }

    /** Parameter: a BodyParameter (1) or a NonBodyParameter (2) holding the sub-schema for its location. */
    private static ProtoMessage parameter(JsonNode p) {
        String in = text(p, "in");
        if (in.equals("body")) {
            ProtoMessage body = new ProtoMessage().string(1, text(p, "description")).string(2, text(p, "name")).string(3, in)
                    .bool(4, p.path("required").asBoolean(false));
            if (p.has("schema")) {
                body.message(5, schema(p.get("schema")));
            }
            extensions(body, 6, p);
            return new ProtoMessage().message(1, body);
        }
        ProtoMessage sub = new ProtoMessage()
                .bool(1, p.path("required").asBoolean(false))
                .string(2, in)
                .string(3, text(p, "description"))
                .string(4, text(p, "name"));
        int nonBodyField;
        switch (in) {
            case "query" -> {
                // QueryParameterSubSchema: allow_empty_value 5, type 6, format 7, collection_format 9, unique_items 20, vendor_extension 23
                sub.bool(5, p.path("allowEmptyValue").asBoolean(false)).string(6, text(p, "type")).string(7, text(p, "format"))
                        .string(9, text(p, "collectionFormat")).bool(20, p.path("uniqueItems").asBoolean(false));
                extensions(sub, 23, p);
                nonBodyField = 3;
            }
            case "formData" -> {
                sub.bool(5, p.path("allowEmptyValue").asBoolean(false)).string(6, text(p, "type")).string(7, text(p, "format"))
                        .string(9, text(p, "collectionFormat")).bool(20, p.path("uniqueItems").asBoolean(false));
                extensions(sub, 23, p);
                nonBodyField = 2;
            }
            default -> {
                // Path- and HeaderParameterSubSchema: type 5, format 6, collection_format 8, unique_items 19, vendor_extension 22
                sub.string(5, text(p, "type")).string(6, text(p, "format")).string(8, text(p, "collectionFormat"))
                        .bool(19, p.path("uniqueItems").asBoolean(false));
                extensions(sub, 22, p);
                nonBodyField = in.equals("header") ? 1 : 4;
            }
        }
        return new ProtoMessage().message(2, new ProtoMessage().message(nonBodyField, sub));
    }

    private static ProtoMessage responses(JsonNode n) {
        ProtoMessage m = new ProtoMessage();
        fields(n).forEachRemaining(e -> {
            if (e.getKey().startsWith("x-")) {
                return;
            }
            JsonNode r = e.getValue();
            ProtoMessage value = new ProtoMessage();                   // ResponseValue: response 1 | json_reference 2
            if (r.has("$ref")) {
                value.message(2, new ProtoMessage().string(1, text(r, "$ref")));
            } else {
                ProtoMessage resp = new ProtoMessage().string(1, text(r, "description"));
                if (r.has("schema")) {
                    resp.message(2, new ProtoMessage().message(1, schema(r.get("schema"))));  // SchemaItem.schema = 1
                }
                extensions(resp, 5, r);
                value.message(1, resp);
            }
            m.message(1, named(e.getKey(), value));                    // Responses.response_code = 1
        });
        extensions(m, 2, n);
        return m;
    }

    static ProtoMessage schema(JsonNode s) {
        ProtoMessage m = new ProtoMessage()
                .string(1, text(s, "$ref"))
                .string(2, text(s, "format"))
                .string(3, text(s, "title"))
                .string(4, text(s, "description"));
        if (s.has("default")) {
            m.message(5, any(s.get("default")));
        }
        m.float64(6, s.path("multipleOf").asDouble(0))
                .float64(7, s.path("maximum").asDouble(0))
                .bool(8, s.path("exclusiveMaximum").asBoolean(false))
                .float64(9, s.path("minimum").asDouble(0))
                .bool(10, s.path("exclusiveMinimum").asBoolean(false))
                .int64(11, s.path("maxLength").asLong(0))
                .int64(12, s.path("minLength").asLong(0))
                .string(13, text(s, "pattern"))
                .int64(14, s.path("maxItems").asLong(0))
                .int64(15, s.path("minItems").asLong(0))
                .bool(16, s.path("uniqueItems").asBoolean(false))
                .int64(17, s.path("maxProperties").asLong(0))
                .int64(18, s.path("minProperties").asLong(0));
        strings(m, 19, s.get("required"));
        if (s.has("enum")) {
            for (JsonNode v : s.get("enum")) {
                m.message(20, any(v));
            }
        }
        JsonNode additional = s.get("additionalProperties");
        if (additional != null) {
            // AdditionalPropertiesItem: schema 1 | boolean 2
            m.message(21, additional.isBoolean() ? new ProtoMessage().bool(2, additional.asBoolean()) : new ProtoMessage().message(1, schema(additional)));
        }
        JsonNode type = s.get("type");
        if (type != null) {
            ProtoMessage t = new ProtoMessage();                       // TypeItem.value = 1
            if (type.isArray()) {
                type.forEach(v -> t.string(1, v.asText()));
            } else {
                t.string(1, type.asText());
            }
            m.message(22, t);
        }
        JsonNode items = s.get("items");
        if (items != null) {
            ProtoMessage it = new ProtoMessage();                      // ItemsItem.schema = 1 (repeated)
            if (items.isArray()) {
                items.forEach(i -> it.message(1, schema(i)));
            } else {
                it.message(1, schema(items));
            }
            m.message(23, it);
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(a -> m.message(24, schema(a)));
        }
        if (s.has("properties")) {
            ProtoMessage props = new ProtoMessage();                   // Properties.additional_properties = 1
            fields(s.get("properties")).forEachRemaining(e -> props.message(1, named(e.getKey(), schema(e.getValue()))));
            m.message(25, props);
        }
        m.string(26, text(s, "discriminator")).bool(27, s.path("readOnly").asBoolean(false));
        if (s.has("example")) {
            m.message(30, any(s.get("example")));
        }
        extensions(m, 31, s);
        return m;
    }

    /** Every {@code x-…} member of {@code n} as a NamedAny in {@code field}. */
    private static void extensions(ProtoMessage parent, int field, JsonNode n) {
        fields(n).forEachRemaining(e -> {
            if (e.getKey().startsWith("x-")) {
                parent.message(field, named(e.getKey(), any(e.getValue())));
            }
        });
    }

    /** Any{yaml = 2}: JSON text is YAML, and it is what kubectl's YAML decoder reads back. */
    private static ProtoMessage any(JsonNode value) {
        return new ProtoMessage().string(2, value.isTextual() ? yamlString(value.asText()) : value.toString());
    }

    /** A string scalar as YAML: JSON-quoted, so values like {@code true} or {@code 1} stay strings. */
    private static String yamlString(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s).toString();
    }

    /** The Named… messages (NamedSchema, NamedPathItem, NamedAny, …): name = 1, value = 2. */
    private static ProtoMessage named(String name, ProtoMessage value) {
        return new ProtoMessage().string(1, name).message(2, value);
    }

    private static void strings(ProtoMessage m, int field, JsonNode list) {
        if (list != null && list.isArray()) {
            list.forEach(v -> m.string(field, v.asText()));
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        return n == null ? java.util.Collections.emptyIterator() : n.fields();
    }
}
