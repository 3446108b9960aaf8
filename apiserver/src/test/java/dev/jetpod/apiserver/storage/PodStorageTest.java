package dev.jetpod.apiserver.storage;

import static dev.jetpod.apiserver.storage.StorageFixture.await;
import static dev.jetpod.apiserver.storage.StorageFixture.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.fields.FieldSelector;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.WatchEvent.Type;
import dev.jetpod.api.scheme.Resources;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pods through the store the way the scheduler, the kubelet and kubectl use them. */
class PodStorageTest {
    private static StorageFixture fx;
    private static ObjectStore<Pod> pods;

    @BeforeAll
    static void start() {
        fx = new StorageFixture();
        pods = fx.storage.store(Resources.PODS);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static Pod pod(String ns, String name, Map<String, String> labels) {
        return Pod.of(ObjectMeta.named(ns, name).withLabels(labels), PodSpec.of(List.of(Container.of("app", "busybox:1.36"))));
    }

    /** Field-selector values of a pod, as the API's field selectors see them. */
    private static Map<String, String> fields(Pod p) {
        Map<String, String> f = new HashMap<>();
        f.put("metadata.name", p.metadata().name());
        f.put("metadata.namespace", p.metadata().namespace());
        f.put("spec.nodeName", p.spec().nodeName() == null ? "" : p.spec().nodeName());
        f.put("status.phase", p.status() == null || p.status().phase() == null ? "" : p.status().phase());
        return f;
    }

    private static ObjectFilter<Pod> selecting(String labels, String fieldSelector) {
        Selector l = Selector.parse(labels);
        FieldSelector f = FieldSelector.parse(fieldSelector);
        return p -> l.matches(p.metadata().labelsOrEmpty()) && f.matches(fields(p));
    }

    private static Pod bind(Pod p, String node) {
        if (p.spec().nodeName() != null) {
            throw ApiException.conflict("", "pods", p.metadata().name(), "pod " + p.metadata().name() + " is already assigned to node \"" + p.spec().nodeName() + "\"");
        }
        return p.withSpec(p.spec().withNodeName(node));
    }

    @Test
    void podsRoundTripAndListBySelectorInPages() {
        String ns = uniqueNamespace("pods");
        for (int i = 0; i < 12; i++) {
            await(pods.create(pod(ns, "web-" + i, Map.of("app", "web", "tier", i % 3 == 0 ? "front" : "back"))));
        }
        await(pods.create(pod(ns, "db-0", Map.of("app", "db"))));
        Pod read = await(pods.get(ns, "web-0"));
        assertEquals("busybox:1.36", read.spec().containers().get(0).image());
        assertEquals("Pod", read.kind());

        ObjectFilter<Pod> front = selecting("app=web,tier in (front)", "");
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            KubeList<Pod> page = await(pods.list(new ListOptions<>(ns, front, null, 2, token)));
            page.items().forEach(p -> names.add(p.metadata().name()));
            token = page.metadata().continueToken();
        } while (token != null);
        assertEquals(List.of("web-0", "web-3", "web-6", "web-9"), names);
        assertEquals("PodList", await(pods.list(ListOptions.all(ns))).kind());
    }

    @Test
    void aNodeWatchSeesPodsArriveWhenBoundAndLeaveWhenDeleted() throws Exception {
        String ns = uniqueNamespace("kubelet");
        RecordingListener<Pod> kubelet = new RecordingListener<>();
        pods.watch(new WatchOptions<>(null, selecting("", "spec.nodeName=node-1"), Long.toString(pods.currentRevision()), false), kubelet);

        await(pods.create(pod(ns, "p", Map.of())));
        await(pods.guaranteedUpdate(ns, "p", p -> bind(p, "node-1")));
        PodStatus running = Codecs.json().readValue("{\"phase\":\"Running\",\"podIP\":\"10.0.0.5\"}", PodStatus.class);
        await(pods.guaranteedUpdate(ns, "p", p -> p.withStatus(running)));
        await(pods.delete(ns, "p", null));
        kubelet.awaitEvents(3);

        List<RecordingListener.Event<Pod>> ev = kubelet.withoutBookmarks();
        assertEquals(List.of(Type.ADDED, Type.MODIFIED, Type.DELETED), ev.stream().map(RecordingListener.Event::type).toList());
        assertEquals("10.0.0.5", ev.get(1).object().status().podIP());
        assertEquals("node-1", ev.get(2).object().spec().nodeName());
    }

    @Test
    void twoSchedulersBindingTheSamePodCannotBothWin() {
        String ns = uniqueNamespace("bind");
        for (int round = 0; round < 5; round++) {
            String name = "p-" + round;
            await(pods.create(pod(ns, name, Map.of())));
            Future<Pod> a = pods.guaranteedUpdate(ns, name, p -> bind(p, "node-a"));
            Future<Pod> b = pods.guaranteedUpdate(ns, name, p -> bind(p, "node-b"));
            await(Future.join(a, b).otherwiseEmpty());
            assertTrue(a.succeeded() ^ b.succeeded(), "exactly one binding wins");
            ApiException loser = (ApiException) (a.failed() ? a.cause() : b.cause());
            assertEquals(409, loser.code());
            String winner = a.succeeded() ? "node-a" : "node-b";
            assertEquals(winner, await(pods.get(ns, name)).spec().nodeName());
        }
    }

    @Test
    void kubectlsSingleObjectWatchGetsTheObjectFirstThenItsDeletion() {
        String ns = uniqueNamespace("kubectl");
        await(pods.create(pod(ns, "target", Map.of())));
        await(pods.create(pod(ns, "other", Map.of())));
        org.awaitility.Awaitility.await().until(() -> await(pods.list(new ListOptions<>(ns, null, "0", 0, null))).items().size() == 2);

        RecordingListener<Pod> kubectl = new RecordingListener<>();
        pods.watch(new WatchOptions<>(ns, selecting("", "metadata.name=target"), "0", false), kubectl);
        kubectl.awaitEvents(1);
        await(pods.delete(ns, "other", null));
        await(pods.delete(ns, "target", null));
        kubectl.awaitEvents(2);
        List<RecordingListener.Event<Pod>> ev = kubectl.withoutBookmarks();
        assertEquals(List.of(Type.ADDED, Type.DELETED), ev.stream().map(RecordingListener.Event::type).toList());
        assertTrue(ev.stream().allMatch(e -> e.name().equals("target")));
        assertNull(ev.get(1).object().spec().nodeName());
    }
}
