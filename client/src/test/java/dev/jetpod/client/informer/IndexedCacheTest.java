package dev.jetpod.client.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.client.ResourceKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexedCacheTest {
    static Pod pod(String ns, String name, String node, Map<String, String> labels) {
        PodSpec spec = PodSpec.of(List.of(Container.of("c", "busybox"))).withNodeName(node);
        return Pod.of(ObjectMeta.named(ns, name).withLabels(labels).withResourceVersion("1"), spec);
    }

    private IndexedCache<Pod> cache() {
        IndexedCache<Pod> c = new IndexedCache<>();
        c.addIndexer(Indexers.LABEL, Indexers.labels());
        c.addIndexer(Indexers.NODE_NAME, Indexers.podNodeName());
        return c;
    }

    @Test
    void indexesFollowPutsUpdatesAndRemoves() {
        IndexedCache<Pod> c = cache();
        c.put(pod("a", "p1", "n1", Map.of("app", "web")));
        c.put(pod("a", "p2", null, Map.of("app", "db")));
        c.put(pod("b", "p1", "n1", Map.of("app", "web", "tier", "fe")));

        assertEquals(2, c.byIndex(Indexers.NAMESPACE, "a").size());
        assertEquals(2, c.byIndex(Indexers.LABEL, "app=web").size());
        assertEquals(2, c.byIndex(Indexers.NODE_NAME, "n1").size());
        assertEquals(1, c.byIndex(Indexers.NODE_NAME, "").size(), "unscheduled pods under the empty node name");

        c.put(pod("a", "p1", "n2", Map.of("app", "db")));
        assertEquals(1, c.byIndex(Indexers.LABEL, "app=web").size());
        assertEquals(List.of("n2"), c.byIndex(Indexers.NODE_NAME, "n2").stream().map(p -> p.spec().nodeName()).toList());
        assertEquals(Set.of("n1", "n2", ""), c.indexValues(Indexers.NODE_NAME));

        c.remove(new ResourceKey("b", "p1"));
        assertEquals(Set.of("n2", ""), c.indexValues(Indexers.NODE_NAME), "empty index entries are dropped");
        assertTrue(c.byIndex(Indexers.LABEL, "tier=fe").isEmpty());
        assertEquals(2, c.size());
    }

    @Test
    void replaceAllSwapsContentAndReturnsTheOld() {
        IndexedCache<Pod> c = cache();
        c.put(pod("a", "old", "n1", Map.of()));
        Map<ResourceKey, Pod> old = c.replaceAll(List.of(pod("a", "new", "n2", Map.of("x", "y"))));
        assertEquals(Set.of(new ResourceKey("a", "old")), old.keySet());
        assertEquals(List.of(new ResourceKey("a", "new")), c.keys());
        assertTrue(c.byIndex(Indexers.NODE_NAME, "n1").isEmpty());
        assertEquals(1, c.byIndex(Indexers.LABEL, "x=y").size());
    }

    @Test
    void anIndexAddedLaterIndexesWhatIsThereAndUnknownIndexesAreErrors() {
        IndexedCache<Pod> c = new IndexedCache<>();
        c.put(pod("a", "p", "n1", Map.of("app", "web")));
        c.addIndexer("app", p -> List.of(p.metadata().labelsOrEmpty().getOrDefault("app", "")));
        assertEquals(1, c.byIndex("app", "web").size());
        assertThrows(IllegalArgumentException.class, () -> c.byIndex("nope", "x"));
    }

    @Test
    void listerReadsByNamespaceNameAndLabels() {
        IndexedCache<Pod> c = cache();
        c.put(pod("a", "p1", "n1", Map.of("app", "web", "tier", "fe")));
        c.put(pod("a", "p2", "n1", Map.of("app", "web")));
        c.put(pod("b", "p3", "n1", Map.of("app", "web", "tier", "fe")));
        Lister<Pod> l = new Lister<>(c);
        assertEquals("p1", l.get("a", "p1").orElseThrow().metadata().name());
        assertTrue(l.get("a", "p3").isEmpty());
        assertEquals(2, l.list("a").size());
        assertEquals(3, l.list(null).size());
        assertEquals(List.of("p1"), l.listByLabels("a", Map.of("tier", "fe")).stream().map(p -> p.metadata().name()).toList());
        assertEquals(2, l.listByLabels(null, Map.of("tier", "fe")).size());
        assertEquals(List.of("p2"), l.list("a", Selector.parse("app=web,!tier")).stream().map(p -> p.metadata().name()).toList());
        assertEquals(3, l.list(null, Selector.parse("app in (web, db)")).size());
        assertEquals(0, l.list(null, Selector.nothing()).size());
    }
}
