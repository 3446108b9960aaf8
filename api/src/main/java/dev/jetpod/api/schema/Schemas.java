package dev.jetpod.api.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jetpod.api.intstr.IntOrString;
import dev.jetpod.api.resource.Quantity;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the {@link Schema} of an API type from its Java record by reflection (JSON names from the record
 * components and {@code @JsonProperty}), with list/map semantics from {@link FieldRules}. Schemas are built once
 * per type and shared; recursive types terminate because a struct is registered before its fields are filled.
 */
public final class Schemas {
    private final FieldRules rules;
    private final Map<Class<?>, Schema.Struct> structs = new ConcurrentHashMap<>();

    public Schemas(FieldRules rules) {
        this.rules = rules;
    }

    public FieldRules rules() {
        return rules;
    }

    /** The schema of a record type (a top-level kind or any type it reaches). */
    public Schema.Struct of(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record.getName() + " is not a record");
        }
        Schema.Struct existing = structs.get(record);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            existing = structs.get(record);
            if (existing != null) {
                return existing;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            Schema.Struct s = new Schema.Struct(record, java.util.Collections.unmodifiableMap(fields), rules.isAtomicStruct(record));
            structs.put(record, s);
            for (RecordComponent c : record.getRecordComponents()) {
                String name = jsonName(c);
                Schema fs = schemaOf(c.getGenericType(), c.getAnnotation(JsonSerialize.class), record, name);
                fields.put(name, new Field(name, fs, rules.isRequired(record, name), rules.keyDefault(record, name)));
            }
            return s;
        }
    }

    static String jsonName(RecordComponent c) {
        // @JsonProperty does not target record components; javac propagates it to the accessor
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private Schema schemaOf(Type t, JsonSerialize serializer, Class<?> owner, String field) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return new Schema.ListOf(schemaOf(p.getActualTypeArguments()[0], null, owner, field), rules.listSemantics(owner, field));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new Schema.MapOf(schemaOf(p.getActualTypeArguments()[1], null, owner, field), rules.isAtomicMap(owner, field));
            }
            return schemaOf(raw, serializer, owner, field);
        }
        if (!(t instanceof Class<?> c)) {
            return new Schema.Untyped();
        }
        if (c == String.class || c.isEnum()) {
            return new Schema.Scalar(Schema.ScalarKind.STRING);
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class || c == short.class) {
            return new Schema.Scalar(Schema.ScalarKind.INTEGER);
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
            return new Schema.Scalar(Schema.ScalarKind.NUMBER);
        }
        if (c == Boolean.class || c == boolean.class) {
            return new Schema.Scalar(Schema.ScalarKind.BOOLEAN);
        }
        if (c == byte[].class) {
            return new Schema.Scalar(Schema.ScalarKind.BYTES);
        }
        if (c == Instant.class) {
            boolean micro = serializer != null && serializer.using().getSimpleName().startsWith("MicroTime");
            return new Schema.Scalar(micro ? Schema.ScalarKind.MICRO_TIME : Schema.ScalarKind.TIME);
        }
        if (c == IntOrString.class) {
            return new Schema.Scalar(Schema.ScalarKind.INT_OR_STRING);
        }
        if (c == Quantity.class) {
            return new Schema.Scalar(Schema.ScalarKind.QUANTITY);
        }
        if (c.isRecord()) {
            return of(c);
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return new Schema.Untyped();
        }
        if (c.isArray()) {
            return new Schema.ListOf(schemaOf(c.getComponentType(), null, owner, field), rules.listSemantics(owner, field));
        }
        // a class with its own serializer that is none of the above: its wire form is not known here
        return new Schema.Untyped();
    }
}
