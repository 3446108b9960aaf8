package dev.jetpod.api.schema;

import java.util.Map;
import java.util.Optional;

/**
 * The shape of a value of an API type, as server-side apply, field validation and the OpenAPI extensions need
 * it: a struct with named fields, a map from strings, a list with its merge semantics, a scalar, or an untyped
 * (free-form) value. Built from the Java records by {@link Schemas}.
 */
public sealed interface Schema {

    /** A record: known fields only; {@code atomic} structs (label selectors) are owned and replaced whole. */
    record Struct(Class<?> javaType, Map<String, Field> fields, boolean atomic) implements Schema {
        public Optional<Field> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }

    /** A map with string keys; each key is a field of its own unless the map is atomic (nodeSelector). */
    record MapOf(Schema values, boolean atomic) implements Schema {
    }

    record ListOf(Schema element, ListSemantics semantics) implements Schema {
    }

    record Scalar(ScalarKind kind) implements Schema {
    }

    /** Free-form JSON (RawExtension-like fields): anything goes, and it is replaced whole. */
    record Untyped() implements Schema {
    }

    enum ScalarKind { STRING, INTEGER, NUMBER, BOOLEAN, INT_OR_STRING, QUANTITY, TIME, MICRO_TIME, BYTES }
}
