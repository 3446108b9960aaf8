package dev.jetpod.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;

/**
 * What is wrong with a JSON document (config.json, an image manifest) in one line for an operator: the field path,
 * the JSON type it wants and where, e.g. {@code process.args: expected a list, found a string (line 1, column 41)}.
 * Jackson's own wording names Java classes ({@code java.util.ArrayList}), so it never reaches the user. (The api
 * module has the same service for Kubernetes objects; the runtime keeps to itself and has its own.)
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static String describe(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (!(e instanceof JsonMappingException m) || isSyntax(m)) {
            String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            msg = (nl < 0 ? msg : msg.substring(0, nl)).replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            return msg.strip() + where;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        String problem;
        if (m instanceof InvalidFormatException f) {
            problem = "expected " + kind(f.getTargetType()) + ", found \"" + f.getValue() + "\"";
        } else if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            problem = "expected " + kind(mi.getTargetType()) + ", found " + found(mi);
        } else {
            problem = "unexpected value";
        }
        return (path.length() == 0 ? "" : path + ": ") + problem + where;
    }

    private static boolean isSyntax(JsonMappingException m) {
        return m.getCause() instanceof JsonProcessingException && !(m.getCause() instanceof JsonMappingException);
    }

    private static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String found(MismatchedInputException m) {
        JsonToken t = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        if (t == null) {
            return "another type";
        }
        return switch (t) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "another type";
        };
    }

    private static String kind(Class<?> c) {
        if (c == String.class || c.isEnum()) {
            return "a string";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "a boolean";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(c) || c.isRecord() ? "an object" : "a value of another type";
    }
}
