package dev.jetpod.api.validation;

import dev.jetpod.api.meta.StatusCause;

/**
 * One validation failure at a field path ({@code spec.containers[0].image}), worded as Kubernetes words it:
 * {@code Required value}, {@code Invalid value: "Foo": <detail>}, {@code Duplicate value: "web"}, …
 */
public record FieldError(Type type, String field, Object badValue, String detail) {

    public enum Type {
        REQUIRED("FieldValueRequired", "Required value"),
        INVALID("FieldValueInvalid", "Invalid value"),
        DUPLICATE("FieldValueDuplicate", "Duplicate value"),
        NOT_SUPPORTED("FieldValueNotSupported", "Unsupported value"),
        FORBIDDEN("FieldValueForbidden", "Forbidden"),
        TOO_LONG("FieldValueTooLong", "Too long"),
        TOO_MANY("FieldValueTooMany", "Too many"),
        NOT_FOUND("FieldValueNotFound", "Not found");

        private final String causeType;
        private final String phrase;

        Type(String causeType, String phrase) {
            this.causeType = causeType;
            this.phrase = phrase;
        }

        public String causeType() {
            return causeType;
        }

        public String phrase() {
            return phrase;
        }
    }

    public static FieldError required(String field, String detail) {
        return new FieldError(Type.REQUIRED, field, null, detail);
    }

    public static FieldError invalid(String field, Object value, String detail) {
        return new FieldError(Type.INVALID, field, value, detail);
    }

    public static FieldError duplicate(String field, Object value) {
        return new FieldError(Type.DUPLICATE, field, value, null);
    }

    public static FieldError notSupported(String field, Object value, java.util.Collection<String> supported) {
        return new FieldError(Type.NOT_SUPPORTED, field, value, "supported values: " + String.join(", ", supported.stream().map(s -> "\"" + s + "\"").toList()));
    }

    public static FieldError forbidden(String field, String detail) {
        return new FieldError(Type.FORBIDDEN, field, null, detail);
    }

    public static FieldError tooLong(String field, Object value, int max) {
        return new FieldError(Type.TOO_LONG, field, value, "may not be more than " + max + " bytes");
    }

    /** The message part after the field, e.g. {@code Invalid value: "Foo": a lowercase RFC 1123 …}. */
    public String message() {
        StringBuilder b = new StringBuilder(type.phrase());
        if (badValue != null && type != Type.REQUIRED && type != Type.FORBIDDEN && type != Type.TOO_MANY) {
            b.append(": ").append(badValue instanceof String s ? "\"" + s + "\"" : String.valueOf(badValue));
        }
        if (detail != null && !detail.isEmpty()) {
            b.append(type == Type.REQUIRED || type == Type.FORBIDDEN ? ": " : ": ").append(detail);
        }
        return b.toString();
    }

    public StatusCause toCause() {
        return new StatusCause(type.causeType(), message(), field);
    }
}
