package dev.jetpod.jctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnknownCommandTest {
    private static final List<String> VERBS = List.of("get", "describe", "apply", "delete", "edit", "patch", "label", "annotate",
            "scale", "autoscale", "rollout", "wait", "version", "config", "completion");

    @Test
    void editDistance() {
        assertEquals(0, UnknownCommand.distance("get", "get"));
        assertEquals(2, UnknownCommand.distance("gte", "get"));
        assertEquals(1, UnknownCommand.distance("aply", "apply"));
        assertEquals(3, UnknownCommand.distance("", "get"));
        assertEquals(3, UnknownCommand.distance("kitten", "sitting"));
    }

    @Test
    void suggestsTheClosestVerbWithinTwoEditsOrByPrefix() {
        assertEquals(Optional.of("get"), UnknownCommand.closest("gte", VERBS));
        assertEquals(Optional.of("apply"), UnknownCommand.closest("aply", VERBS));
        assertEquals(Optional.of("describe"), UnknownCommand.closest("desc", VERBS));
        assertEquals(Optional.of("rollout"), UnknownCommand.closest("rolout", VERBS));
        assertEquals(Optional.empty(), UnknownCommand.closest("frobnicate", VERBS));
    }
}
