package dev.jetpod.apiserver.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.errors.ApiException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectorsTest {
    private static final Map<String, String> LABELS = Map.of("app", "web", "tier", "front", "env", "prod");

    @Test
    void labelSelectorOperators() {
        assertTrue(LabelSelector.parse("app=web,tier==front").matches(LABELS));
        assertFalse(LabelSelector.parse("app!=web").matches(LABELS));
        assertTrue(LabelSelector.parse("env in (prod, staging),tier notin (back)").matches(LABELS));
        assertFalse(LabelSelector.parse("env notin (prod)").matches(LABELS));
        assertTrue(LabelSelector.parse("app,!missing").matches(LABELS));
        assertFalse(LabelSelector.parse("missing").matches(LABELS));
        assertTrue(LabelSelector.parse("").matches(LABELS));
    }

    @Test
    void badLabelSelectorsAre400() {
        for (String bad : new String[] {"app=we b", "app in (a", "=x", "a,,b", "app foo bar", "-bad=x"}) {
            assertEquals(400, assertThrows(ApiException.class, () -> LabelSelector.parse(bad), bad).code(), bad);
        }
    }

    @Test
    void fieldSelectorsOnlyOnDeclaredKeys() {
        assertEquals(2, ListFilters.parseFields("metadata.name=a,spec.nodeName!=n1", Set.of("metadata.name", "spec.nodeName")).size());
        ApiException e = assertThrows(ApiException.class, () -> ListFilters.parseFields("spec.foo=x", Set.of("metadata.name")));
        assertEquals(400, e.code());
        assertEquals("field label not supported: spec.foo", e.getMessage());
    }
}
