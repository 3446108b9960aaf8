package dev.jetpod.apiserver.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyLayoutTest {
    private final KeyLayout configMaps = new KeyLayout(Resources.CONFIGMAPS);
    private final KeyLayout namespaces = new KeyLayout(Resources.NAMESPACES);

    @Test
    void keysFollowTheRegistryLayout() {
        assertEquals("/registry/core/configmaps/", configMaps.resourcePrefix());
        assertEquals("/registry/core/configmaps/ns/app", configMaps.key("ns", "app"));
        assertEquals("/registry/core/configmaps/ns/", configMaps.listPrefix("ns"));
        assertEquals("/registry/core/configmaps/", configMaps.listPrefix(null));
        assertEquals("/registry/core/namespaces/default", namespaces.key(null, "default"));
        assertEquals("/registry/core/namespaces/", namespaces.listPrefix("ignored-for-cluster-scoped"));
        ResourceType<ConfigMap> grouped = new ResourceType<>(new GroupVersionKind("apps", "v1", "ConfigMap"), "things", "thing",
                List.of(), true, ConfigMap.class, Set.of(), List.of());
        assertEquals("/registry/apps/things/ns/x", new KeyLayout(grouped).key("ns", "x"));
    }

    @Test
    void rangeEndsCoverExactlyThePrefix() {
        assertEquals("/registry/core/configmaps/ns0", KeyLayout.rangeEnd("/registry/core/configmaps/ns/").toString(StandardCharsets.UTF_8));
    }

    @Test
    void segmentsThatCouldReachOtherKeysAreRejected() {
        for (String bad : new String[] {"a/b", "..", ".", ""}) {
            assertEquals(400, assertThrows(ApiException.class, () -> configMaps.key("ns", bad)).code(), bad);
            assertEquals(400, assertThrows(ApiException.class, () -> configMaps.key(bad, "x")).code(), bad);
        }
        assertEquals(400, assertThrows(ApiException.class, () -> configMaps.key(null, "x")).code());
    }
}
