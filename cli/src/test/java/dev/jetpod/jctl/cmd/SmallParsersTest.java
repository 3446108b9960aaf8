package dev.jetpod.jctl.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.jctl.CliException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations, label/annotation change arguments and their rules. */
class SmallParsersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"30s, 30000", "1m30s, 90000", "2h, 7200000", "500ms, 500", "0, 0", "45, 45000", "1.5s, 1500"})
    void durations(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), Durations.parse("--timeout", text));
    }

    @Test
    void badDuration() {
        assertEquals("invalid argument \"5x\" for \"--timeout\" flag: time: invalid duration \"5x\"",
                assertThrows(CliException.class, () -> Durations.parse("--timeout", "5x")).getMessage());
    }

    @Test
    void keyValueChangesSplitFromResources() {
        List<String> resources = new ArrayList<>();
        KeyValueChanges c = KeyValueChanges.parse(List.of("pod", "web", "app=x", "tier-", "example.com/owner-", "a.b/c=d"), resources, "label");
        assertEquals(List.of("pod", "web"), resources);
        assertEquals(Map.of("app", "x", "a.b/c", "d"), c.set());
        assertEquals(List.of("tier", "example.com/owner"), c.remove());
        resources.clear();
        KeyValueChanges.parse(List.of("pod/web", "x=1"), resources, "label");
        assertEquals(List.of("pod/web"), resources);
    }

    @Test
    void overwriteRule() {
        KeyValueChanges c = KeyValueChanges.parse(List.of("app=new", "gone-"), new ArrayList<>(), "label");
        assertEquals("'app' already has a value (old), and --overwrite is false",
                assertThrows(CliException.class, () -> c.applyTo(Map.of("app", "old"), false, "label")).getMessage());
        var o = c.applyTo(Map.of("app", "old", "gone", "x"), true, "label");
        assertEquals(Map.of("app", "new"), o.result());
        assertTrue(o.changed());
        var same = KeyValueChanges.parse(List.of("app=same"), new ArrayList<>(), "label").applyTo(Map.of("app", "same"), false, "label");
        assertFalse(same.changed());
        var missing = KeyValueChanges.parse(List.of("nope-"), new ArrayList<>(), "label").applyTo(Map.of(), false, "label");
        assertEquals(List.of("label \"nope\" not found."), missing.warnings());
        assertThrows(CliException.class, () -> KeyValueChanges.parse(List.of("a=1", "a-"), new ArrayList<>(), "label"));
        assertThrows(CliException.class, () -> KeyValueChanges.parse(List.of("pod", "web"), new ArrayList<>(), "label"));
    }
}
