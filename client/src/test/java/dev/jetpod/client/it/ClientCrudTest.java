package dev.jetpod.client.it;

import static dev.jetpod.client.it.Manifests.configMap;
import static dev.jetpod.client.it.Manifests.deployment;
import static dev.jetpod.client.it.Manifests.pod;
import static dev.jetpod.client.it.Manifests.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeList;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ApiConnectionException;
import dev.jetpod.client.ClientConfig;
import dev.jetpod.client.DeleteOptionsBuilder;
import dev.jetpod.client.KubeClient;
import dev.jetpod.client.ListOptions;
import dev.jetpod.client.PatchType;
import dev.jetpod.client.RawResponse;
import dev.jetpod.client.Subresources;
import dev.jetpod.client.blocking.Await;
import dev.jetpod.client.blocking.BlockingResourceClient;
import dev.jetpod.testkit.EtcdProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typed calls against the real API server on a real etcd: every verb, and every error mapped to its type. */
class ClientCrudTest {
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

    @Test
    void createGetUpdateDeleteAConfigMap() {
        String ns = f.newNamespace("crud");
        ConfigMap created = cms.create(configMap(ns, "app", Map.of("tier", "fe"), Map.of("k", "v1")));
        assertNotNull(created.metadata().uid());
        assertNotNull(created.metadata().creationTimestamp());
        String rv1 = created.metadata().resourceVersion();

        assertEquals(created, cms.get(ns, "app"));
        ConfigMap updated = cms.update(created.withData(Map.of("k", "v2")));
        assertEquals("v2", updated.data().get("k"));
        assertNotEquals(rv1, updated.metadata().resourceVersion());

        ApiException stale = assertThrows(ApiException.class, () -> cms.update(created.withData(Map.of("k", "v3"))));
        assertTrue(stale.isConflict(), stale.getMessage());
        assertEquals(409, stale.code());
        assertTrue(stale.getMessage().contains("the object has been modified"), stale.getMessage());

        ApiException dup = assertThrows(ApiException.class, () -> cms.create(configMap(ns, "app", Map.of(), Map.of())));
        assertTrue(dup.isAlreadyExists());
        assertEquals("configmaps \"app\" already exists", dup.getMessage());

        assertEquals(Optional.empty(), cms.delete(ns, "app"));
        ApiException nf = assertThrows(ApiException.class, () -> cms.get(ns, "app"));
        assertTrue(nf.isNotFound());
        assertEquals("configmaps \"app\" not found", nf.getMessage());
        assertTrue(cms.find(ns, "app").isEmpty());
        assertTrue(f.client.metrics().requestCount("create", "201") >= 1);
        assertTrue(f.client.metrics().requestCount("update", "409") >= 1);
        assertTrue(f.client.metrics().requestCount("get", "404") >= 1);
    }

    @Test
    void invalidObjectsAre422WithFieldCauses() {
        String ns = f.newNamespace("invalid");
        ApiException e = assertThrows(ApiException.class, () -> cms.create(configMap(ns, "Bad_Name", Map.of(), Map.of())));
        assertTrue(e.isInvalid());
        assertEquals(422, e.code());
        assertEquals("metadata.name", e.details().causes().get(0).field());
    }

    @Test
    void theThreePatchFormats() {
        String ns = f.newNamespace("patch");
        cms.create(configMap(ns, "p", Map.of(), Map.of("a", "1", "b", "2")));
        assertEquals(Map.of("a", "1", "c", "3"), cms.patch(ns, "p", PatchType.MERGE, "{\"data\":{\"b\":null,\"c\":\"3\"}}").data());
        assertEquals(Map.of("a", "9", "c", "3"), cms.patch(ns, "p", PatchType.JSON, "[{\"op\":\"replace\",\"path\":\"/data/a\",\"value\":\"9\"}]").data());
        assertEquals("x", cms.patch(ns, "p", PatchType.STRATEGIC_MERGE, "{\"metadata\":{\"labels\":{\"l\":\"x\"}}}").metadata().labels().get("l"));

        pods.create(pod(ns, "web", Map.of()));
        Pod patched = pods.patch(ns, "web", PatchType.STRATEGIC_MERGE,
                "{\"spec\":{\"containers\":[{\"name\":\"main\",\"image\":\"busybox:1.36\"}]}}");
        assertEquals(1, patched.spec().containers().size(), "containers merge by name");
        assertEquals("busybox:1.36", patched.spec().containers().get(0).image());
        assertEquals(List.of("sleep", "3600"), patched.spec().containers().get(0).command(), "fields not in the patch are kept");
    }

    @Test
    void statusIsWrittenThroughItsSubresourceOnly() {
        String ns = f.newNamespace("status");
        Pod p = pods.create(pod(ns, "s", Map.of()));
        Pod running = pods.updateStatus(p.withStatus(yaml("{phase: Running, podIP: 10.0.0.5}", PodStatus.class)));
        assertEquals("Running", running.status().phase());
        Pod viaMain = pods.update(running.withStatus(yaml("{phase: Failed}", PodStatus.class)));
        assertEquals("Running", viaMain.status().phase(), "a main-resource write ignores status");
        assertEquals("Succeeded", pods.patchStatus(ns, "s", PatchType.MERGE, "{\"status\":{\"phase\":\"Succeeded\"}}").status().phase());
    }

    @Test
    void scaleAndBindingSubresources() {
        String ns = f.newNamespace("sub");
        BlockingResourceClient<Deployment> deployments = f.client.blocking().resource(Resources.DEPLOYMENTS);
        deployments.create(deployment(ns, "web", 2));
        Scale s = Await.result(Subresources.getScale(deployments.async(), ns, "web"));
        assertEquals(2, s.spec().replicas());
        assertEquals(5, Await.result(Subresources.scaleTo(deployments.async(), ns, "web", 5)).spec().replicas());
        Scale seven = Await.result(Subresources.updateScale(deployments.async(), ns, "web", s.withSpec(new dev.jetpod.api.autoscaling.v1.ScaleSpec(7)).withMetadata(s.metadata().withResourceVersion(null))));
        assertEquals(7, seven.spec().replicas());
        assertEquals(7, deployments.get(ns, "web").spec().replicas());

        pods.create(pod(ns, "unbound", Map.of()));
        Await.result(Subresources.bind(pods.async(), ns, "unbound", "node-1"));
        assertEquals("node-1", pods.get(ns, "unbound").spec().nodeName());
        ApiException again = assertThrows(ApiException.class, () -> Await.result(Subresources.bind(pods.async(), ns, "unbound", "node-2")));
        assertTrue(again.isConflict(), again.getMessage());
    }

    @Test
    void finalizersHoldADeleteAndDeleteCollectionHonoursSelectors() {
        String ns = f.newNamespace("del");
        ConfigMap held = configMap(ns, "held", Map.of(), Map.of());
        cms.create(held.withMetadata(held.metadata().withFinalizers(List.of("example.com/wait"))));
        Optional<ConfigMap> remaining = cms.delete(ns, "held", DeleteOptionsBuilder.create().propagationPolicy(DeleteOptionsBuilder.BACKGROUND).build());
        assertTrue(remaining.isPresent(), "a finalizer keeps the object");
        assertNotNull(remaining.get().metadata().deletionTimestamp());
        cms.patch(ns, "held", PatchType.MERGE, "{\"metadata\":{\"finalizers\":null}}");
        assertTrue(cms.find(ns, "held").isEmpty());

        ConfigMap guarded = cms.create(configMap(ns, "guarded", Map.of(), Map.of()));
        ApiException wrongUid = assertThrows(ApiException.class, () -> cms.delete(ns, "guarded", DeleteOptionsBuilder.create().preconditions("not-the-uid", null).build()));
        assertTrue(wrongUid.isConflict(), wrongUid.getMessage());
        cms.delete(ns, "guarded", DeleteOptionsBuilder.create().preconditions(guarded.metadata().uid(), null).build());

        for (int i = 0; i < 4; i++) {
            cms.create(configMap(ns, "c" + i, Map.of("batch", i % 2 == 0 ? "even" : "odd"), Map.of()));
        }
        cms.deleteCollection(ns, ListOptions.labelSelector("batch=even"), DeleteOptionsBuilder.defaults());
        assertEquals(List.of("c1", "c3"), cms.list(ns, ListOptions.NONE).items().stream().map(c -> c.metadata().name()).sorted().toList());
    }

    @Test
    void pagingYieldsEveryObjectOnceAtOneResourceVersion() {
        String ns = f.newNamespace("paging");
        for (int i = 0; i < 25; i++) {
            cms.create(configMap(ns, String.format("cm-%02d", i), Map.of("n", Integer.toString(i % 3)), Map.of()));
        }
        KubeList<ConfigMap> first = cms.list(ns, ListOptions.NONE.withLimit(10));
        assertEquals(10, first.items().size());
        assertNotNull(first.metadata().continueToken());

        List<Integer> sizes = new ArrayList<>();
        cms.forEachPage(ns, ListOptions.NONE.withLimit(10), p -> sizes.add(p.items().size()));
        assertEquals(List.of(10, 10, 5), sizes);

        KubeList<ConfigMap> all = cms.listAll(ns, ListOptions.NONE.withLimit(10));
        assertEquals(25, all.items().size());
        assertEquals(25, all.items().stream().map(c -> c.metadata().name()).distinct().count());
        assertNotNull(all.metadata().resourceVersion());
        assertEquals(9, cms.listAll(ns, ListOptions.labelSelector("n=0").withLimit(4)).items().size());
        assertEquals(List.of("cm-07"), cms.list(ns, ListOptions.fieldSelector("metadata.name=cm-07")).items().stream().map(c -> c.metadata().name()).toList());
    }

    @Test
    void rawRequestsAndDiscovery() {
        RawResponse apis = f.client.blocking().get("/apis", "application/json");
        assertTrue(apis.bodyAsString().contains("\"APIGroupList\""), apis.bodyAsString());
        RawResponse version = f.client.blocking().get("/version", null);
        assertTrue(version.bodyAsString().contains("gitVersion"));
        ApiException nf = assertThrows(ApiException.class, () -> f.client.blocking().get("/api/v1/nonsense", null));
        assertTrue(nf.isNotFound());
    }

    @Test
    void anUnreachableApiserverIsAConnectionError() {
        int port = EtcdProcess.freePorts(1)[0];
        try (KubeClient c = KubeClient.create(f.vertx, ClientConfig.forServer("http://127.0.0.1:" + port))) {
            ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> c.blocking().resource(Resources.PODS).list("default", ListOptions.NONE));
            assertEquals("cannot reach the apiserver at http://127.0.0.1:" + port + ": connection refused", e.getMessage());
        }
    }
}
