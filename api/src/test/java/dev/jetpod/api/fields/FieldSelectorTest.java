package dev.jetpod.api.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.labels.InvalidSelectorException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldSelectorTest {
    private static final Map<String, String> POD = Map.of("metadata.name", "web-1", "metadata.namespace", "default",
            "spec.nodeName", "node-1", "status.phase", "Running", "spec.restartPolicy", "Always");

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''|true|''",
            "metadata.name=web-1|true|metadata.name=web-1",
            "metadata.name==web-1|true|metadata.name=web-1",
            "metadata.name!=web-1|false|metadata.name!=web-1",
            "spec.nodeName=node-1,status.phase!=Pending|true|spec.nodeName=node-1,status.phase!=Pending",
            "status.phase!=Pending,spec.nodeName=node-1|true|spec.nodeName=node-1,status.phase!=Pending",
            "spec.nodeName=|false|spec.nodeName=",
            "spec.nodeName!=|true|spec.nodeName!=",
            "status.podIP=|true|status.podIP=",
            "metadata.name=a\\,b|false|metadata.name=a\\,b",
            "metadata.name=web-1,|true|metadata.name=web-1",
    })
    void parsesMatchesAndPrints(String in, boolean matches, String printed) {
        FieldSelector s = FieldSelector.parse(in);
        assertEquals(matches, s.matches(POD));
        assertEquals(printed, s.toString());
    }

    @Test
    void escapedValuesAreUnescaped() {
        assertEquals("a,b=c\\d", FieldSelector.parse("metadata.name=a\\,b\\=c\\\\d").requiredValue("metadata.name"));
    }

    @Test
    void badSelectorsAreClearErrors() {
        assertEquals("invalid selector: 'status.phase'; can't understand 'status.phase'",
                assertThrows(InvalidSelectorException.class, () -> FieldSelector.parse("status.phase")).getMessage());
        assertTrue(assertThrows(InvalidSelectorException.class, () -> FieldSelector.parse("a=b=c")).getMessage().contains("unescaped"));
        assertTrue(assertThrows(InvalidSelectorException.class, () -> FieldSelector.parse("a=b\\x")).getMessage().contains("invalid escape sequence"));
    }

    @Test
    void unsupportedFieldsAreNamed() {
        FieldSelector s = FieldSelector.parse("spec.nodeName=n,spec.hostname=h");
        assertEquals("field label not supported: spec.hostname",
                assertThrows(InvalidSelectorException.class, () -> s.ensureSupported(Set.of("spec.nodeName", "metadata.name"))).getMessage());
        assertEquals("n", s.requiredValue("spec.nodeName"));
    }
}
