package dev.jetpod.apiserver.clients;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.apiserver.it.TestServer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fabric8 Kubernetes client (with its default Vert.x HTTP client) doing everyday work against the server. */
class Fabric8CompatTest {
    static TestServer s;
    static String ns;
    static KubernetesClient client;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("fabric8");
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl(s.url()).withNamespace(ns).withRequestRetryBackoffLimit(0).build();
        client = new KubernetesClientBuilder().withConfig(config).build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
    }

    private static ConfigMap configMap(String name, String tier) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withLabels(Map.of("tier", tier)).endMetadata()
                .withData(Map.of("k", "v")).build();
    }

    @Test
    void createGetListUpdatePatchDelete() {
        ConfigMap created = client.configMaps().resource(configMap("f1", "front")).create();
        assertTrue(created.getMetadata().getUid() != null && created.getMetadata().getResourceVersion() != null);
        client.configMaps().resource(configMap("f2", "back")).create();

        assertEquals("v", client.configMaps().withName("f1").get().getData().get("k"));
        List<ConfigMap> front = client.configMaps().withLabel("tier", "front").list().getItems();
        assertEquals(List.of("f1"), front.stream().map(c -> c.getMetadata().getName()).toList());
        assertEquals(2, client.configMaps().withLabelIn("tier", "front", "back").list().getItems().size());

        ConfigMap edited = client.configMaps().withName("f1").edit(c -> new ConfigMapBuilder(c).addToData("k2", "v2").build());
        assertEquals("v2", edited.getData().get("k2"));

        // an update carrying a stale resourceVersion is refused with 409
        ConfigMap stale = new ConfigMapBuilder(created).addToData("k3", "v3").build();
        KubernetesClientException conflict = assertThrows(KubernetesClientException.class, () -> client.configMaps().resource(stale).update());
        assertEquals(409, conflict.getCode());

        client.configMaps().withName("f1").delete();
        await().atMost(Duration.ofSeconds(30)).until(() -> client.configMaps().withName("f1").get() == null);
        assertNull(client.configMaps().withName("f1").get());
    }

    @Test
    void watchSeesAddedModifiedDeleted() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        try (Watch w = client.configMaps().withLabel("tier", "watched").watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap cm) {
                events.add(action + " " + cm.getMetadata().getName());
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        })) {
            client.configMaps().resource(configMap("w1", "watched")).create();
            client.configMaps().withName("w1").edit(c -> new ConfigMapBuilder(c).addToData("x", "y").build());
            client.configMaps().withName("w1").delete();
            await().atMost(Duration.ofSeconds(30)).until(() -> events.containsAll(List.of("ADDED w1", "MODIFIED w1", "DELETED w1")));
        }
    }

    @Test
    void deploymentsScaleAndServerSideApply() {
        Deployment d = new DeploymentBuilder().withNewMetadata().withName("f8-web").endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().addToMatchLabels("app", "f8-web").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "f8-web").endMetadata()
                .withNewSpec().addNewContainer().withName("web").withImage("nginx:1.25").endContainer().endSpec()
                .endTemplate().endSpec().build();
        Deployment applied = client.apps().deployments().resource(d).fieldManager("fabric8").forceConflicts().serverSideApply();
        assertEquals("fabric8", applied.getMetadata().getManagedFields().get(0).getManager());
        assertEquals("Apply", applied.getMetadata().getManagedFields().get(0).getOperation());

        client.apps().deployments().withName("f8-web").scale(4);
        assertEquals(4, client.apps().deployments().withName("f8-web").get().getSpec().getReplicas());

        Pod pod = client.pods().resource(new PodBuilder().withNewMetadata().withName("f8-pod").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build()).create();
        assertEquals("Pending", client.pods().withName(pod.getMetadata().getName()).get().getStatus().getPhase());
        assertEquals("ClusterFirst", client.pods().withName("f8-pod").get().getSpec().getDnsPolicy(), "defaulted by the server");
    }
}
