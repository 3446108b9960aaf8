package dev.jetpod.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class ResourceKeyTest {
    @Test
    void roundTripsThroughItsText() {
        assertEquals("ns/web", new ResourceKey("ns", "web").toString());
        assertEquals(new ResourceKey("ns", "web"), ResourceKey.parse("ns/web"));
        assertEquals(ResourceKey.cluster("node-1"), ResourceKey.parse("node-1"));
        assertFalse(ResourceKey.parse("node-1").isNamespaced());
        assertEquals(new ResourceKey("a", "b"), ResourceKey.of(ConfigMap.of(ObjectMeta.named("a", "b"), null)));
    }

    @Test
    void rejectsWhatIsNotAKey() {
        assertThrows(IllegalArgumentException.class, () -> ResourceKey.parse("a/b/c"));
        assertThrows(IllegalArgumentException.class, () -> ResourceKey.parse("ns/"));
    }
}
