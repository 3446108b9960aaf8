package dev.jetpod.apiserver.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Builds OpenAPI v2 definitions from the API's Java records by reflection: one definition per record, reached
 * from the top-level kinds, with the Kubernetes names and types (int32/int64, date-time, byte, int-or-string).
 * The output is the OpenAPI document itself, a free-form JSON tree by nature.
 */
final class DefinitionGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TIME = "io.k8s.apimachinery.pkg.apis.meta.v1.Time";
    private static final String MICRO_TIME = "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime";

    private final ObjectNode definitions;

    DefinitionGenerator(ObjectNode definitions) {
        this.definitions = definitions;
        definitions.set(TIME, NODES.objectNode().put("description", "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.")
                .put("type", "string").put("format", "date-time"));
        definitions.set(MICRO_TIME, NODES.objectNode().put("description", "MicroTime is version of Time with microsecond level precision.")
                .put("type", "string").put("format", "date-time"));
    }

    /** Ensures a definition for {@code type} (and everything it reaches) exists; returns its name. */
    String define(Class<?> type) {
        String name = DefinitionNames.of(type);
        if (definitions.has(name)) {
            return name;
        }
        JsonSerialize custom = type.getAnnotation(JsonSerialize.class);
        if (custom != null && custom.using() != com.fasterxml.jackson.databind.JsonSerializer.None.class) {
            definitions.set(name, scalarDefinition(type));
            return name;
        }
        ObjectNode def = NODES.objectNode();
        definitions.set(name, def); // placed first so recursive types terminate
        def.put("type", "object");
        if (type.isRecord()) {
            ObjectNode props = def.putObject("properties");
            for (RecordComponent c : type.getRecordComponents()) {
                props.set(jsonName(c), schemaFor(c.getGenericType(), c.getAnnotation(JsonSerialize.class)));
            }
        }
        return name;
    }

    /** Types with their own serializer (Quantity, IntOrString) are strings on the wire, as in Kubernetes. */
    private static ObjectNode scalarDefinition(Class<?> type) {
        ObjectNode d = NODES.objectNode().put("type", "string");
        if (type.getSimpleName().equals("IntOrString")) {
            d.put("format", "int-or-string");
        }
        return d;
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private ObjectNode schemaFor(Type t, JsonSerialize fieldSerializer) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode s = NODES.objectNode().put("type", "array");
                s.set("items", schemaFor(p.getActualTypeArguments()[0], null));
                return s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode s = NODES.objectNode().put("type", "object");
                s.set("additionalProperties", schemaFor(p.getActualTypeArguments()[1], null));
                return s;
            }
            return schemaFor(raw, fieldSerializer);
        }
        if (!(t instanceof Class<?> c)) {
            return NODES.objectNode().put("type", "object");
        }
        if (c == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int32");
        }
        if (c == Long.class || c == long.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int64");
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
            return NODES.objectNode().put("type", "number").put("format", "double");
        }
        if (c == Boolean.class || c == boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (c == byte[].class) {
            return NODES.objectNode().put("type", "string").put("format", "byte");
        }
        if (c == Instant.class) {
            boolean micro = fieldSerializer != null && fieldSerializer.using().getSimpleName().startsWith("MicroTime");
            return ref(micro ? MICRO_TIME : TIME);
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return NODES.objectNode().put("type", "object");
        }
        if (c.isEnum()) {
            ObjectNode s = NODES.objectNode().put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object v : c.getEnumConstants()) {
                values.add(v.toString());
            }
            return s;
        }
        if (c.isArray()) {
            ObjectNode s = NODES.objectNode().put("type", "array");
            s.set("items", schemaFor(c.getComponentType(), null));
            return s;
        }
        return ref(define(c));
    }

    static ObjectNode ref(String definition) {
        return NODES.objectNode().put("$ref", "#/definitions/" + definition);
    }
}
