package dev.jetpod.client.it;

import static dev.jetpod.client.it.Manifests.configMap;
import static dev.jetpod.client.it.Manifests.pod;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.ResourceKey;
import dev.jetpod.client.Subresources;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.blocking.BlockingResourceClient;
import dev.jetpod.client.informer.DeletedFinalStateUnknown;
import dev.jetpod.client.informer.Indexers;
import dev.jetpod.client.informer.Informer;
import dev.jetpod.client.informer.InformerOptions;
import dev.jetpod.client.informer.ResourceEventHandler;
import dev.jetpod.client.informer.SharedInformerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Informers against the real API server: sync, indexes, events, resuming a broken watch, relisting after 410. */
class InformerTest {
    private static ApiServerFixture f;
    private static BlockingResourceClient<ConfigMap> cms;
    private static BlockingResourceClient<Pod> pods;

    @BeforeAll
    static void start() {
        f = new ApiServerFixture();
        cms = f.client.blocking().resource(Resources.CONFIGMAPS);
        pods = f.client.blocking().resource(Resources.PODS);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Handler calls as text, e.g. "add ns/a@5", "delete? ns/b" (tombstone). */
    static final class Recorder<T extends KubeObject<T>> implements ResourceEventHandler<T> {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        private String id(T o) {
            return ResourceKey.of(o) + "@" + o.metadata().resourceVersion();
        }

        @Override
        public void onAdd(T o) {
            threads.add(Thread.currentThread().getName());
            calls.add("add " + id(o));
        }

        @Override
        public void onUpdate(T old, T now) {
            calls.add("update " + ResourceKey.of(now) + " " + old.metadata().resourceVersion() + "->" + now.metadata().resourceVersion());
        }

        @Override
        public void onDelete(T o) {
            calls.add("delete " + ResourceKey.of(o));
        }

        @Override
        public void onDeletedFinalStateUnknown(DeletedFinalStateUnknown<T> t) {
            calls.add("delete? " + t.key());
        }
    }

    /** What the server holds in the namespace, name → resourceVersion. */
    private static Map<String, String> serverState(String ns) {
        return cms.list(ns, ListOptions.NONE).items().stream()
                .collect(Collectors.toMap(c -> c.metadata().name(), c -> c.metadata().resourceVersion(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> cacheState(Informer<ConfigMap> inf) {
        return inf.cache().list().stream()
                .collect(Collectors.toMap(c -> c.metadata().name(), c -> c.metadata().resourceVersion(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void podInformerSyncsIndexesAndReportsChanges() {
        String ns = f.newNamespace("pods");
        pods.create(pod(ns, "a", Map.of("app", "web")));
        pods.create(pod(ns, "b", Map.of("app", "db")));

        SharedInformerFactory factory = new SharedInformerFactory(f.client);
        Informer<Pod> inf = factory.informer(Resources.PODS, InformerOptions.ALL.withNamespace(ns));
        inf.addIndexer(Indexers.NODE_NAME, Indexers.podNodeName()).addIndexer(Indexers.LABEL, Indexers.labels());
        Recorder<Pod> rec = new Recorder<>();
        inf.addEventHandler(rec);
        Await.result(factory.start());
        assertTrue(inf.hasSynced());
        assertEquals(inf, factory.informer(Resources.PODS, InformerOptions.ALL.withNamespace(ns)), "shared: one informer per type and options");
        assertEquals(2, inf.cache().size());
        await().atMost(Duration.ofSeconds(10)).until(() -> rec.calls.size() == 2);
        assertTrue(rec.threads.stream().allMatch(t -> t.startsWith("informer-")), "handlers run on the informer's thread: " + rec.threads);

        Await.result(Subresources.bind(pods.async(), ns, "a", "node-1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> inf.cache().byIndex(Indexers.NODE_NAME, "node-1").size() == 1);
        assertEquals("b", inf.cache().byIndex(Indexers.NODE_NAME, "").get(0).metadata().name());
        assertEquals(List.of("a"), inf.lister().list(ns, Selector.parse("app in (web)")).stream().map(p -> p.metadata().name()).toList());
        assertEquals(1, inf.cache().byIndex(Indexers.LABEL, "app=db").size());

        pods.delete(ns, "b", dev.jetpod.client.DeleteOptionsBuilder.create().gracePeriodSeconds(0L).build());
        await().atMost(Duration.ofSeconds(10)).until(() -> rec.calls.contains("delete " + ns + "/b"));
        assertTrue(rec.calls.stream().anyMatch(c -> c.startsWith("update " + ns + "/a ")), rec.calls.toString());
        assertTrue(inf.lister().get(ns, "b").isEmpty());

        // a handler added late first hears of everything already cached
        Recorder<Pod> late = new Recorder<>();
        inf.addEventHandler(late);
        await().atMost(Duration.ofSeconds(10)).until(() -> late.calls.size() == 1);
        assertTrue(late.calls.get(0).startsWith("add " + ns + "/a@"));
        factory.stop();
    }

    @Test
    void aBrokenWatchResumesFromTheLastResourceVersionWithoutRelisting() {
        String ns = f.newNamespace("resume");
        cms.create(configMap(ns, "keep", Map.of(), Map.of("v", "1")));
        try (CuttableProxy proxy = new CuttableProxy(f.vertx, f.port);
             KubeClient viaProxy = KubeClient.create(f.vertx, ClientConfig.forServer(proxy.url()))) {
            Informer<ConfigMap> inf = new Informer<>(viaProxy, Resources.CONFIGMAPS, InformerOptions.ALL.withNamespace(ns));
            Recorder<ConfigMap> rec = new Recorder<>();
            inf.addEventHandler(rec);
            Await.result(inf.start());

            proxy.cut();
            ConfigMap keep = cms.get(ns, "keep");
            cms.update(keep.withData(Map.of("v", "2")));
            cms.create(configMap(ns, "new", Map.of(), Map.of()));
            proxy.restore();

            await().atMost(Duration.ofSeconds(30)).until(() -> cacheState(inf).equals(serverState(ns)));
            assertEquals(0.0, viaProxy.metrics().relistCount(Resources.CONFIGMAPS.qualifiedName()), "resumed, not relisted");
            await().atMost(Duration.ofSeconds(10)).until(() -> rec.calls.size() == 3);
            assertTrue(rec.calls.get(1).startsWith("update " + ns + "/keep "), rec.calls.toString());
            assertTrue(rec.calls.get(2).startsWith("add " + ns + "/new@"), rec.calls.toString());
            inf.stop();
        }
    }

    @Test
    void anExpiredWatchRelistsAndReportsTheDifferenceIncludingTombstones() throws Exception {
        String ns = f.newNamespace("relist");
        cms.create(configMap(ns, "stays", Map.of(), Map.of()));
        cms.create(configMap(ns, "changes", Map.of(), Map.of("v", "1")));
        cms.create(configMap(ns, "vanishes", Map.of(), Map.of()));
        try (CuttableProxy proxy = new CuttableProxy(f.vertx, f.port);
             KubeClient viaProxy = KubeClient.create(f.vertx, ClientConfig.forServer(proxy.url()))) {
            Informer<ConfigMap> inf = new Informer<>(viaProxy, Resources.CONFIGMAPS, InformerOptions.ALL.withNamespace(ns));
            Recorder<ConfigMap> rec = new Recorder<>();
            inf.addEventHandler(rec);
            Await.result(inf.start());
            await().atMost(Duration.ofSeconds(10)).until(() -> rec.calls.size() == 3);

            // while the informer is cut off: an object changes, the server restarts (its watch cache now starts after
            // the informer's resourceVersion), more changes, and etcd's history is compacted
            proxy.cut();
            cms.update(cms.get(ns, "changes").withData(Map.of("v", "2")));
            f.stopServer();
            f.startServer();
            cms.delete(ns, "vanishes");
            cms.create(configMap(ns, "appears", Map.of(), Map.of()));
            f.compactEtcd();
            proxy.restore();

            await().atMost(Duration.ofSeconds(30)).until(() -> cacheState(inf).equals(serverState(ns)));
            assertTrue(viaProxy.metrics().relistCount(Resources.CONFIGMAPS.qualifiedName()) >= 1.0);
            await().atMost(Duration.ofSeconds(10)).until(() -> rec.calls.size() == 6);
            Set<String> after = rec.calls.subList(3, 6).stream().map(c -> c.replaceAll("@\\d+|\\d+->\\d+", "")).collect(Collectors.toSet());
            assertEquals(Set.of("update " + ns + "/changes ", "delete? " + ns + "/vanishes", "add " + ns + "/appears"), after);
            inf.stop();
        }
    }
}
