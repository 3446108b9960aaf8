package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Deep equality of JSON trees where 1, 1.0 and 1L are the same number, as they are after a round trip. */
final class JsonCompare {
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonCompare() {
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }

    /** Whether both are of one JSON type for the diff (any two numbers count as one type). */
    static boolean sameType(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return true;
        }
        return a.getNodeType() == b.getNodeType();
    }
}
