package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.configMap;
import static dev.jetpod.apiserver.storage.StorageFixture.failure;
import static dev.jetpod.apiserver.storage.StorageFixture.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.scheme.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lists from etcd and from the watch cache: consistency across pages, filtering, namespaces, continue tokens. */
class ListTest {
    private static StorageFixture fx;
    private static ObjectStore<ConfigMap> configMaps;

    @BeforeAll
    static void start() {
        fx = new StorageFixture(c -> c.withCompaction(Duration.ZERO, Duration.ZERO));
        configMaps = fx.storage.store(Resources.CONFIGMAPS);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static void createNumbered(String ns, int n, Map<String, String> labels) {
        for (int i = 0; i < n; i++) {
            await(configMaps.create(ConfigMap.of(ObjectMeta.named(ns, String.format("cm-%03d", i)).withLabels(labels), Map.of("i", Integer.toString(i)))));
        }
    }

    private static ListOptions<ConfigMap> page(String ns, long limit, String token) {
        return new ListOptions<>(ns, ObjectFilter.everything(), null, limit, token);
    }

    private static List<String> names(KubeList<ConfigMap> l) {
        return l.items().stream().map(c -> c.metadata().name()).toList();
    }

    @Test
    void pagesOfOneListAreConsistentAtTheFirstPagesRevision() {
        String ns = uniqueNamespace("paging");
        createNumbered(ns, 25, null);

        KubeList<ConfigMap> first = await(configMaps.list(page(ns, 10, null)));
        assertEquals(10, first.items().size());
        assertEquals(15L, first.metadata().remainingItemCount());
        assertNotNull(first.metadata().continueToken());

        // writes after the first page must not show up in later pages of the same list
        await(configMaps.create(configMap(ns, "cm-500", Map.of())));
        await(configMaps.delete(ns, "cm-020", null));
        await(configMaps.guaranteedUpdate(ns, "cm-015", c -> c.withData(Map.of("i", "changed"))));

        KubeList<ConfigMap> second = await(configMaps.list(page(ns, 10, first.metadata().continueToken())));
        KubeList<ConfigMap> third = await(configMaps.list(page(ns, 10, second.metadata().continueToken())));
        assertEquals(first.metadata().resourceVersion(), second.metadata().resourceVersion());
        assertEquals(first.metadata().resourceVersion(), third.metadata().resourceVersion());
        assertEquals(5, third.items().size());
        assertNull(third.metadata().continueToken());
        assertNull(third.metadata().remainingItemCount());

        List<String> all = new ArrayList<>(names(first));
        all.addAll(names(second));
        all.addAll(names(third));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add(String.format("cm-%03d", i));
        }
        assertEquals(expected, all);
        assertEquals("15", second.items().get(5).data().get("i"));

        // a new list sees the writes
        List<String> now = names(await(configMaps.list(page(ns, 0, null))));
        assertEquals(25, now.size());
        assertTrue(now.contains("cm-500") && !now.contains("cm-020"));
    }

    @Test
    void anUnpagedListOfManyObjectsComesWholeAtOneRevision() {
        String ns = uniqueNamespace("big");
        createNumbered(ns, 1200, null);
        KubeList<ConfigMap> all = await(configMaps.list(page(ns, 0, null)));
        assertEquals(1200, all.items().size());
        assertNull(all.metadata().continueToken());
        assertEquals("v1", all.apiVersion());
        assertEquals("ConfigMapList", all.kind());
    }

    @Test
    void filtersApplyOnTheServerAndPagesStillFillUpToTheLimit() {
        String ns = uniqueNamespace("filter");
        for (int i = 0; i < 30; i++) {
            await(configMaps.create(ConfigMap.of(ObjectMeta.named(ns, String.format("cm-%03d", i)).withLabel("even", Boolean.toString(i % 2 == 0)), Map.of())));
        }
        ObjectFilter<ConfigMap> even = c -> "true".equals(c.metadata().labelsOrEmpty().get("even"));
        KubeList<ConfigMap> p1 = await(configMaps.list(new ListOptions<>(ns, even, null, 4, null)));
        assertEquals(List.of("cm-000", "cm-002", "cm-004", "cm-006"), names(p1));
        assertNull(p1.metadata().remainingItemCount(), "not cheap to know with a filter");
        List<String> rest = new ArrayList<>();
        String token = p1.metadata().continueToken();
        while (token != null) {
            KubeList<ConfigMap> p = await(configMaps.list(new ListOptions<>(ns, even, null, 4, token)));
            rest.addAll(names(p));
            token = p.metadata().continueToken();
        }
        assertEquals(11, rest.size());
        assertTrue(rest.stream().allMatch(n -> Integer.parseInt(n.substring(3)) % 2 == 0));
    }

    @Test
    void aNamespaceDoesNotIncludeAnotherWhoseNameExtendsIt() {
        String ns = uniqueNamespace("pre");
        await(configMaps.create(configMap(ns, "a", Map.of())));
        await(configMaps.create(configMap(ns + "x", "b", Map.of())));
        assertEquals(List.of("a"), names(await(configMaps.list(page(ns, 0, null)))));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                names(await(configMaps.list(new ListOptions<>(ns, null, "0", 0, null)))).equals(List.of("a")));
        List<String> everywhere = names(await(configMaps.list(page(null, 0, null))));
        assertTrue(everywhere.contains("a") && everywhere.contains("b"));
    }

    @Test
    void resourceVersionZeroListsComeFromTheCacheAndItsPagesContinueInEtcd() {
        String ns = uniqueNamespace("cachelist");
        createNumbered(ns, 7, null);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                await(configMaps.list(new ListOptions<>(ns, null, "0", 0, null))).items().size() == 7);
        KubeList<ConfigMap> first = await(configMaps.list(new ListOptions<>(ns, null, "0", 3, null)));
        assertEquals(List.of("cm-000", "cm-001", "cm-002"), names(first));
        assertEquals(4L, first.metadata().remainingItemCount());
        KubeList<ConfigMap> second = await(configMaps.list(page(ns, 10, first.metadata().continueToken())));
        assertEquals(List.of("cm-003", "cm-004", "cm-005", "cm-006"), names(second));
        assertEquals(first.metadata().resourceVersion(), second.metadata().resourceVersion());
        // every item carries its resourceVersion, in the object and in the cached JSON
        EncodedList<ConfigMap> encoded = await(configMaps.listEncoded(new ListOptions<>(ns, null, "0", 0, null)));
        for (EncodedObject<ConfigMap> o : encoded.items()) {
            assertTrue(new String(o.json()).contains("\"resourceVersion\":\"" + o.object().metadata().resourceVersion() + "\""));
        }
    }

    @Test
    void theEncodedListIsTheKubernetesListJson() throws Exception {
        String ns = uniqueNamespace("json");
        createNumbered(ns, 3, Map.of("app", "web"));
        EncodedList<ConfigMap> list = await(configMaps.listEncoded(page(ns, 2, null)));
        JsonNode json = Codecs.json().readTree(list.toJson(Resources.CONFIGMAPS, Codecs.json()).getBytes());
        assertEquals("v1", json.get("apiVersion").asText());
        assertEquals("ConfigMapList", json.get("kind").asText());
        assertEquals(list.metadata().resourceVersion(), json.get("metadata").get("resourceVersion").asText());
        assertEquals(list.metadata().continueToken(), json.get("metadata").get("continue").asText());
        assertEquals(1, json.get("metadata").get("remainingItemCount").asInt());
        assertEquals(2, json.get("items").size());
        assertEquals("web", json.get("items").get(1).get("metadata").get("labels").get("app").asText());
        assertEquals("cm-001", json.get("items").get(1).get("metadata").get("name").asText());
    }

    @Test
    void aContinueTokenWhoseRevisionWasCompactedIsExpiredWithATokenForTheRest() {
        String ns = uniqueNamespace("compacted");
        createNumbered(ns, 6, null);
        KubeList<ConfigMap> first = await(configMaps.list(page(ns, 2, null)));
        await(configMaps.create(configMap(ns, "zz-late", Map.of())));
        assertTrue(await(fx.storage.compactNow()) > Long.parseLong(first.metadata().resourceVersion()));

        ApiException e = failure(configMaps.list(page(ns, 2, first.metadata().continueToken())));
        assertEquals(410, e.code());
        assertEquals(StatusReason.EXPIRED, e.reason());
        assertTrue(e.getMessage().startsWith("The provided continue parameter is too old to display a consistent list result. "
                + "You can start a new list without the continue parameter, or use the continue value from the 410 response"), e.getMessage());
        assertNotNull(e.continueToken());
        assertEquals(e.continueToken(), e.toStatus().metadata().continueToken());

        // the token from the 410 continues where the list was, at the latest revision (an inconsistent list)
        List<String> rest = new ArrayList<>();
        String token = e.continueToken();
        while (token != null) {
            KubeList<ConfigMap> p = await(configMaps.list(page(ns, 2, token)));
            rest.addAll(names(p));
            token = p.metadata().continueToken();
        }
        assertEquals(List.of("cm-002", "cm-003", "cm-004", "cm-005", "zz-late"), rest);
    }

    @Test
    void badContinueTokensAndResourceVersionsAreBadRequests() {
        assertEquals(400, failure(configMaps.list(page("x", 5, "not-a-token"))).code());
        assertEquals(400, failure(configMaps.list(new ListOptions<>("x", null, "12", 5, "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6Mywic3RhcnQiOiJhXHUwMDAwIn0"))).code());
        assertEquals(400, failure(configMaps.list(new ListOptions<>("x", null, "abc", 0, null))).code());
    }

    @Test
    void aListAtAResourceVersionIsNeverOlderThanIt() {
        String ns = uniqueNamespace("notolder");
        ConfigMap c = await(configMaps.create(configMap(ns, "fresh", Map.of())));
        KubeList<ConfigMap> l = await(configMaps.list(new ListOptions<>(ns, null, c.metadata().resourceVersion(), 0, null)));
        assertEquals(List.of("fresh"), names(l));
        assertTrue(Long.parseLong(l.metadata().resourceVersion()) >= Long.parseLong(c.metadata().resourceVersion()));
    }
}
