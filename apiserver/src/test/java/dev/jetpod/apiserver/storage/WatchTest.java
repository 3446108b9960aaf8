package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.configMap;
import static dev.jetpod.apiserver.storage.StorageFixture.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.meta.WatchEvent.Type;
import dev.jetpod.api.scheme.Resources;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watches served by the watch cache: replay, expiry, initial events, filters, bookmarks, fan-out, flow control. */
class WatchTest {
    private static StorageFixture fx;
    private static ObjectStore<ConfigMap> configMaps;

    @BeforeAll
    static void start() {
        fx = new StorageFixture(c -> c.withBookmarkInterval(Duration.ofMillis(200)));
        configMaps = fx.storage.store(Resources.CONFIGMAPS);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    /** Starts a watch from a Vert.x context (as the HTTP side does) and returns that context with the watch. */
    private static <T> T onContext(Context context, Supplier<T> action) {
        Promise<T> p = Promise.promise();
        context.runOnContext(v -> p.complete(action.get()));
        return await(p.future());
    }

    private static WatchOptions<ConfigMap> from(String ns, String rv) {
        return new WatchOptions<>(ns, ObjectFilter.everything(), rv, false);
    }

    @Test
    void aWatchFromARevisionReplaysLaterChangesInRevisionOrderOnItsContext() {
        String ns = uniqueNamespace("replay");
        ConfigMap a = await(configMaps.create(configMap(ns, "a", Map.of("v", "1"))));
        await(configMaps.guaranteedUpdate(ns, "a", c -> c.withData(Map.of("v", "2"))));
        await(configMaps.create(configMap(ns, "b", Map.of())));
        ConfigMap deleted = await(configMaps.delete(ns, "a", null));

        Context context = fx.vertx.getOrCreateContext();
        RecordingListener<ConfigMap> l = new RecordingListener<>();
        onContext(context, () -> configMaps.watch(from(ns, a.metadata().resourceVersion()), l));
        await(configMaps.create(configMap(ns, "c", Map.of())));
        l.awaitEvents(4);

        List<RecordingListener.Event<ConfigMap>> ev = l.withoutBookmarks();
        assertEquals(List.of(Type.MODIFIED, Type.ADDED, Type.DELETED, Type.ADDED), ev.stream().map(RecordingListener.Event::type).toList());
        assertEquals(List.of("a", "b", "a", "c"), ev.stream().map(RecordingListener.Event::name).toList());
        for (int i = 1; i < ev.size(); i++) {
            assertTrue(ev.get(i).revision() > ev.get(i - 1).revision());
        }
        // DELETED carries the last known object, at the delete's revision
        RecordingListener.Event<ConfigMap> del = ev.get(2);
        assertEquals("2", del.object().data().get("v"));
        assertTrue(del.revision() > Long.parseLong(deleted.metadata().resourceVersion()));
        assertTrue(del.json().contains("\"resourceVersion\":\"" + del.revision() + "\""), del.json());
        for (Context c : l.contexts) {
            assertSame(context, c);
        }
        assertTrue(l.errors.isEmpty());
    }

    @Test
    void aWatchWithoutResourceVersionStartsWithEveryMatchingObjectAsAdded() {
        for (String rv : new String[] {"0", "", null}) {
            String ns = uniqueNamespace("initial");
            await(configMaps.create(configMap(ns, "x", Map.of())));
            await(configMaps.create(configMap(ns, "y", Map.of())));
            await(configMaps.create(configMap(ns + "-other", "z", Map.of())));
            Awaitility.await().until(() -> await(configMaps.list(new ListOptions<>(ns, null, "0", 0, null))).items().size() == 2);

            RecordingListener<ConfigMap> l = new RecordingListener<>();
            Watch w = configMaps.watch(from(ns, rv), l);
            l.awaitEvents(2);
            await(configMaps.create(configMap(ns, "live", Map.of())));
            l.awaitEvents(3);
            List<RecordingListener.Event<ConfigMap>> ev = l.withoutBookmarks();
            assertEquals(List.of("x", "y", "live"), ev.stream().map(RecordingListener.Event::name).toList());
            assertTrue(ev.stream().allMatch(e -> e.type() == Type.ADDED));
            w.cancel();
        }
    }

    @Test
    void filterTransitionsBecomeAddedAndDeleted() {
        String ns = uniqueNamespace("transitions");
        ObjectFilter<ConfigMap> web = c -> "web".equals(c.metadata().labelsOrEmpty().get("app"));
        RecordingListener<ConfigMap> l = new RecordingListener<>();
        configMaps.watch(new WatchOptions<>(ns, web, null, false), l);
        Awaitility.await().until(() -> fx.meters.find("apiserver.registered.watchers").gauge().value() > 0);

        await(configMaps.create(ConfigMap.of(ObjectMeta.named(ns, "c").withLabel("app", "db"), Map.of())));
        await(configMaps.guaranteedUpdate(ns, "c", c -> c.withMetadata(c.metadata().withLabel("app", "web"))));
        await(configMaps.guaranteedUpdate(ns, "c", c -> c.withData(Map.of("k", "v"))));
        ConfigMap stopped = await(configMaps.guaranteedUpdate(ns, "c", c -> c.withMetadata(c.metadata().withLabel("app", "db"))));
        await(configMaps.delete(ns, "c", null));
        await(configMaps.create(ConfigMap.of(ObjectMeta.named(ns, "end").withLabel("app", "web"), Map.of())));
        l.awaitEvent(e -> e.name().equals("end"));

        List<RecordingListener.Event<ConfigMap>> ev = l.withoutBookmarks();
        assertEquals(List.of(Type.ADDED, Type.MODIFIED, Type.DELETED, Type.ADDED), ev.stream().map(RecordingListener.Event::type).toList());
        RecordingListener.Event<ConfigMap> gone = ev.get(2);
        // the object as the watcher last knew it (still matching), at the revision of the change that unmatched it
        assertEquals("web", gone.object().metadata().labels().get("app"));
        assertEquals(stopped.metadata().resourceVersion(), gone.object().metadata().resourceVersion());
    }

    @Test
    void aResourceVersionOlderThanTheWindowIsExpired() {
        String ns = uniqueNamespace("window");
        try (StorageFactory small = fx.another(c -> c.withWatchWindowEvents(5))) {
            ObjectStore<ConfigMap> store = small.store(Resources.CONFIGMAPS);
            Awaitility.await().until(small::cachesReady);
            ConfigMap first = await(store.create(configMap(ns, "c", Map.of("n", "0"))));
            for (int i = 1; i <= 10; i++) {
                int n = i;
                await(store.guaranteedUpdate(ns, "c", c -> c.withData(Map.of("n", Integer.toString(n)))));
            }
            ConfigMap last = await(store.get(ns, "c"));
            Awaitility.await().until(() -> store.currentRevision() >= Long.parseLong(last.metadata().resourceVersion()));

            RecordingListener<ConfigMap> old = new RecordingListener<>();
            store.watch(from(ns, first.metadata().resourceVersion()), old);
            ApiException e = old.awaitError();
            assertEquals(410, e.code());
            assertEquals(StatusReason.EXPIRED, e.reason());
            assertTrue(e.getMessage().matches("too old resource version: " + first.metadata().resourceVersion() + " \\(\\d+\\)"), e.getMessage());

            // still inside the window: replayed
            RecordingListener<ConfigMap> recent = new RecordingListener<>();
            long from = Long.parseLong(last.metadata().resourceVersion()) - 1;
            store.watch(from(ns, Long.toString(from)), recent);
            recent.awaitEvents(1);
            assertEquals("10", recent.withoutBookmarks().get(0).object().data().get("n"));
        }
    }

    @Test
    void bookmarksComeOnlyWhenAllowedAndCarryOnlyTheResourceVersion() {
        String ns = uniqueNamespace("bookmarks");
        ConfigMap c = await(configMaps.create(configMap(ns, "c", Map.of())));
        RecordingListener<ConfigMap> with = new RecordingListener<>();
        RecordingListener<ConfigMap> without = new RecordingListener<>();
        long before = Long.parseLong(c.metadata().resourceVersion()) - 1;
        configMaps.watch(new WatchOptions<>(ns, null, Long.toString(before), true), with);
        configMaps.watch(new WatchOptions<>(ns, null, Long.toString(before), false), without);
        with.awaitEvent(e -> e.type() == Type.BOOKMARK);
        RecordingListener.Event<ConfigMap> bm = with.events.stream().filter(e -> e.type() == Type.BOOKMARK).findFirst().orElseThrow();
        long rv = bm.revision();
        assertTrue(rv >= Long.parseLong(c.metadata().resourceVersion()));
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"resourceVersion\":\"" + rv + "\"}}", bm.json());
        assertEquals(Type.ADDED, with.events.get(0).type());
        without.awaitEvents(1);
        assertTrue(without.events.stream().noneMatch(e -> e.type() == Type.BOOKMARK));
    }

    @Test
    void manyWatchersEachGetEveryEventInOrder() {
        String ns = uniqueNamespace("fanout");
        List<RecordingListener<ConfigMap>> listeners = new ArrayList<>();
        List<Watch> watches = new ArrayList<>();
        String rv = Long.toString(configMaps.currentRevision());
        for (int i = 0; i < 100; i++) {
            RecordingListener<ConfigMap> l = new RecordingListener<>();
            listeners.add(l);
            watches.add(configMaps.watch(from(ns, rv), l));
        }
        for (int i = 0; i < 40; i++) {
            await(configMaps.create(configMap(ns, String.format("o-%02d", i), Map.of())));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listeners.stream().allMatch(l -> l.withoutBookmarks().size() >= 40));
        for (RecordingListener<ConfigMap> l : listeners) {
            List<String> names = l.withoutBookmarks().stream().map(RecordingListener.Event::name).toList();
            assertEquals(40, names.size());
            assertEquals("o-00", names.get(0));
            assertEquals("o-39", names.get(39));
        }
        watches.forEach(Watch::cancel);
        assertTrue(fx.meters.find("apiserver.watch.events").counter().count() >= 4000);
    }

    @Test
    void aPausedWatcherGetsItsEventsOnResumeAndOneThatFallsTooFarBehindIsClosed() {
        String ns = uniqueNamespace("slow");
        try (StorageFactory tight = fx.another(c -> c.withWatcherQueueLimit(10))) {
            ObjectStore<ConfigMap> store = tight.store(Resources.CONFIGMAPS);
            Awaitility.await().until(tight::cachesReady);
            String rv = Long.toString(store.currentRevision());

            RecordingListener<ConfigMap> patient = new RecordingListener<>();
            Watch p = store.watch(from(ns, rv), patient);
            RecordingListener<ConfigMap> stuck = new RecordingListener<>();
            Watch s = store.watch(from(ns, rv), stuck);
            p.pause();
            s.pause();
            for (int i = 0; i < 5; i++) {
                await(store.create(configMap(ns, "early-" + i, Map.of())));
            }
            Awaitility.await().until(() -> store.currentRevision() > Long.parseLong(rv) + 4);
            assertTrue(patient.events.isEmpty());
            p.resume();
            patient.awaitEvents(5);

            for (int i = 0; i < 10; i++) {
                await(store.create(configMap(ns, "late-" + i, Map.of())));
            }
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !stuck.closed.isEmpty());
            s.resume();
            patient.awaitEvents(15);
            assertTrue(stuck.events.isEmpty(), "a closed watcher gets nothing more");
            assertTrue(stuck.errors.isEmpty());
            assertNotNull(fx.meters.find("apiserver.terminated.watchers").tag("reason", "slow").counter());
        }
    }

    @Test
    void aCancelledWatchGetsNothingMore() {
        String ns = uniqueNamespace("cancel");
        RecordingListener<ConfigMap> l = new RecordingListener<>();
        Watch w = configMaps.watch(from(ns, Long.toString(configMaps.currentRevision())), l);
        await(configMaps.create(configMap(ns, "one", Map.of())));
        l.awaitEvents(1);
        w.cancel();
        w.cancel();
        await(configMaps.create(configMap(ns, "two", Map.of())));
        RecordingListener<ConfigMap> probe = new RecordingListener<>();
        configMaps.watch(from(ns, "0"), probe);
        probe.awaitEvents(2);
        assertEquals(1, l.withoutBookmarks().size());
    }

    @Test
    void anInvalidResourceVersionFailsTheWatch() {
        RecordingListener<ConfigMap> l = new RecordingListener<>();
        configMaps.watch(from("x", "yesterday"), l);
        assertEquals(400, l.awaitError().code());
    }
}
