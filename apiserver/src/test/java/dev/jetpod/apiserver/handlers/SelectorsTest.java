package dev.jetpod.apiserver.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.apiserver.storage.ObjectFilter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectorsTest {
    private static final TypeRules<ConfigMap> RULES = Scheme.builtin().rules(Resources.CONFIGMAPS);
    private static final ConfigMap CM = ConfigMap.of(ObjectMeta.named("ns", "a").withLabels(Map.of("app", "web", "env", "prod")), Map.of());

    @Test
    void labelAndFieldSelectorsCombine() {
        ObjectFilter<ConfigMap> f = ListFilters.compile(RULES, "app=web,env in (prod,dev)", "metadata.name=a");
        assertTrue(f.matches(CM));
        assertFalse(ListFilters.compile(RULES, "app!=web", null).matches(CM));
        assertFalse(ListFilters.compile(RULES, null, "metadata.namespace!=ns").matches(CM));
    }

    @Test
    void badSelectorsAre400() {
        for (String bad : new String[] {"app in (a", "app foo bar", "a,,b"}) {
            assertEquals(400, assertThrows(ApiException.class, () -> ListFilters.compile(RULES, bad, null), bad).code(), bad);
        }
        ApiException e = assertThrows(ApiException.class, () -> ListFilters.compile(RULES, null, "spec.foo=x"));
        assertEquals(400, e.code());
        assertEquals("field label not supported: spec.foo", e.getMessage());
    }
}
