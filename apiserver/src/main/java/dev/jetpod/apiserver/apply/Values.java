package dev.jetpod.apiserver.apply;

import com.fasterxml.jackson.databind.JsonNode;

/** Equality of JSON values as the API means it: numbers by value (an int 80 equals a long 80), members unordered. */
final class Values {
    private Values() {
    }

    static boolean equal(JsonNode a, JsonNode b) {
        return PathElement.canonical(a).equals(PathElement.canonical(b));
    }
}
