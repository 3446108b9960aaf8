package dev.jetpod.jctl.apply;

import com.fasterxml.jackson.databind.JsonNode;

/** Deep equality of JSON trees for commands outside this package (numbers compared by value). */
public final class JsonTrees {
    private JsonTrees() {
    }

    public static boolean same(JsonNode a, JsonNode b) {
        return JsonCompare.same(a, b);
    }
}
