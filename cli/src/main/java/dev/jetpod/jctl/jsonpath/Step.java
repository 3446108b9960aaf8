package dev.jetpod.jctl.jsonpath;

import java.util.List;

/** One step of a path: each turns the current set of values into the next. */
sealed interface Step {
    /** {@code $}: back to the document's root. */
    record Root() implements Step {
    }

    /** {@code @}: the value being iterated or filtered. */
    record Current() implements Step {
    }

    /** {@code .name} or {@code ['name']}; several names for {@code ['a','b']}. */
    record Field(List<String> names) implements Step {
    }

    /** {@code .*} or {@code [*]}: every element of an array, every value of an object. */
    record Wildcard() implements Step {
    }

    /** {@code ..name}: the field at any depth. */
    record Recursive(String name) implements Step {
    }

    /** {@code [i]}, {@code [-1]}, or a slice {@code [start:end:step]} (null bounds: open). */
    record Index(Integer start, Integer end, Integer stride, boolean slice) implements Step {
    }

    /** {@code [?(@.a == "b")]} or {@code [?(@.a)]} (existence). */
    record Filter(Operand left, String op, Operand right) implements Step {
    }

    /** A filter operand: a path from {@code @} or {@code $}, or a literal. */
    sealed interface Operand {
    }

    record PathOperand(List<Step> steps) implements Operand {
    }

    record LiteralOperand(com.fasterxml.jackson.databind.JsonNode value) implements Operand {
    }
}
