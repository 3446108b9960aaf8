package dev.jetpod.api.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.jetpod.api.intstr.IntOrString;
import dev.jetpod.api.resource.Quantity;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line, plain-words descriptions of what Jackson throws while reading a document, for users and API clients:
 * the field path and the JSON type that was expected ({@code spec.containers: cannot decode an object as a list}),
 * or a syntax problem and where it is. Jackson's own messages name Java classes and parser tokens
 * ({@code java.util.ArrayList<…>}, {@code JsonToken.START_OBJECT}) that mean nothing to someone who sent JSON, so
 * they never pass through.
 */
public final class DecodeErrors {
    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    private DecodeErrors() {
    }

    /** {@code path: problem} for a value that does not fit its field; the parser's problem and position for bad syntax. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            JsonProcessingException syntax = syntaxCause(m);
            return syntax != null ? syntax(syntax) : withPath(path(m.getPath()), mappingProblem(m));
        }
        if (e instanceof InputCoercionException c) {
            return withPath(parserPath(c.getProcessor()), outOfRange(c));
        }
        return syntax(e);
    }

    /** A syntax error: the parser's first line, without Jackson's source references, and where it stopped. */
    public static String syntax(JsonProcessingException e) {
        return syntaxAt(e, clean(e.getOriginalMessage()));
    }

    private static String syntaxAt(JsonProcessingException e, String msg) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? msg : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg;
    }

    /** A parse error that binding ran into (a document cut short): a syntax problem, not a value of the wrong type. */
    private static JsonProcessingException syntaxCause(JsonMappingException e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof JsonProcessingException j && !(c instanceof JsonMappingException) && !(c instanceof InputCoercionException)) {
                return j;
            }
        }
        return null;
    }

    private static String mappingProblem(JsonMappingException e) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return syntaxAt(e, "invalid data after the top-level value");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == byte[].class) {
            return "not valid base64-encoded data";
        }
        if (e instanceof InvalidFormatException f) {
            return "cannot decode " + quote(f.getValue()) + " as " + expected(f.getTargetType());
        }
        // our own types (Quantity, IntOrString, …) reject bad text with Kubernetes' wording
        for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputCoercionException coercion) {
                return outOfRange(coercion);
            }
            if (c instanceof IllegalArgumentException && c.getMessage() != null && !(c instanceof NumberFormatException)) {
                return firstLine(c.getMessage());
            }
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "cannot decode " + found(m) + " as " + expected(m.getTargetType());
        }
        return "cannot decode this value";
    }

    private static String outOfRange(InputCoercionException e) {
        String number = e.getProcessor() == null ? null : text(e.getProcessor());
        return (number == null ? "the number" : number) + " is out of range for " + expected(e.getTargetType());
    }

    /** What the JSON had where the error was found, from the parser's token (or Jackson's wording of it). */
    private static String found(MismatchedInputException m) {
        JsonToken t = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        if (t != null) {
            switch (t) {
                case START_OBJECT, END_OBJECT, FIELD_NAME:
                    return "an object";
                case START_ARRAY, END_ARRAY:
                    return "a list";
                case VALUE_STRING:
                    return "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
                    return "a number";
                case VALUE_TRUE, VALUE_FALSE:
                    return "a boolean";
                case VALUE_NULL:
                    return "null";
                default:
                    break;
            }
        }
        String msg = m.getOriginalMessage() == null ? "" : m.getOriginalMessage();
        if (msg.contains("from Array") || msg.contains("START_ARRAY")) {
            return "a list";
        }
        if (msg.contains("from Object") || msg.contains("START_OBJECT")) {
            return "an object";
        }
        if (msg.contains("String value")) {
            return "a string";
        }
        if (msg.contains("Boolean value")) {
            return "a boolean";
        }
        if (msg.contains("Integer value") || msg.contains("Floating-point value")) {
            return "a number";
        }
        return "this value";
    }

    /** The JSON type a Java type is written as, in plain words. */
    static String expected(Class<?> c) {
        if (c == null) {
            return "the expected type";
        }
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
            return "an integer";
        }
        if (c == Long.class || c == long.class) {
            return "an integer";
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class || Number.class.isAssignableFrom(c)) {
            return "a number";
        }
        if (c == Boolean.class || c == boolean.class) {
            return "a boolean (true or false)";
        }
        if (c == String.class || c.isEnum()) {
            return "a string";
        }
        if (c == byte[].class) {
            return "base64-encoded data";
        }
        if (c == Instant.class) {
            return "a time (RFC 3339, e.g. 2024-05-01T10:00:00Z)";
        }
        if (c == Quantity.class) {
            return "a quantity (e.g. 500m, 1Gi)";
        }
        if (c == IntOrString.class) {
            return "an integer or a string";
        }
        if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(c) || c.isRecord() ? "an object" : "a " + c.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code spec.containers[0].image} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The path of the value a parser stands on (errors raised by the parser itself carry no reference chain). */
    private static String parserPath(Object processor) {
        if (!(processor instanceof JsonParser p)) {
            return "";
        }
        return contextPath(p.getParsingContext(), null);
    }

    /**
     * The dotted path ({@code spec.containers[0].image}) of the contexts from {@code from} out to the root, followed
     * by {@code leaf} when one is given.
     */
    static String contextPath(JsonStreamContext from, String leaf) {
        Deque<String> parts = new ArrayDeque<>();
        if (leaf != null) {
            parts.push(leaf);
        }
        for (JsonStreamContext c = from; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (b.length() > 0 && !part.startsWith("[")) {
                b.append('.');
            }
            b.append(part);
        }
        return b.toString();
    }

    private static String withPath(String path, String problem) {
        return path.isEmpty() ? problem : path + ": " + problem;
    }

    /** The first line, with "[Source: …; line: 1, column: 44]" (which names a Jackson feature) reduced to its position. */
    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "malformed document";
        }
        Matcher m = SOURCE_REF.matcher(firstLine(message));
        return m.replaceAll("line $1, column $2").strip();
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String text(JsonParser p) {
        try {
            return p.getText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String quote(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
