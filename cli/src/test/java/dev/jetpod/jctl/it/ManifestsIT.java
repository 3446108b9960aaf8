package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example in manifests/ applied with jctl against a real apiserver, checked field by field; then the example
 * deployment taken through a rollout (status written through the status subresource, as the deployment controller
 * will once it exists), its history and an undo.
 */
class ManifestsIT {
    static JctlCluster cluster;
    static Path manifests;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
        manifests = Path.of(System.getProperty("user.dir")).resolveSibling("manifests").toAbsolutePath();
        assertTrue(Files.isDirectory(manifests), manifests.toString());
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private JsonNode get(String ns, String... what) throws Exception {
        String[] args = new String[what.length + 4];
        System.arraycopy(what, 0, args, 1, what.length);
        args[0] = "get";
        args[what.length + 1] = "-o";
        args[what.length + 2] = "json";
        args[what.length + 3] = "-n=" + ns;
        var r = cluster.jctl(args);
        assertEquals(0, r.code(), r.toString());
        return JSON.readTree(r.out());
    }

    private void apply(String ns, String file, String expected) {
        var r = cluster.jctl("apply", "-n", ns, "-f", manifests.resolve(file).toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(expected + "\n", r.out());
    }

    @Test
    void namespace() throws Exception {
        apply("default", "namespace.yaml", "namespace/demo created");
        JsonNode ns = get("default", "namespace", "demo");
        assertEquals("examples", ns.path("metadata").path("labels").path("purpose").asText());
        assertEquals("Active", ns.path("status").path("phase").asText());
    }

    @Test
    void podAndTwoContainers() throws Exception {
        String ns = cluster.newNamespace("m");
        apply(ns, "pod.yaml", "pod/web created");
        JsonNode pod = get(ns, "pod", "web");
        JsonNode c = pod.path("spec").path("containers").path(0);
        assertEquals("nginx:1.27-alpine", c.path("image").asText());
        assertEquals(80, c.path("ports").path(0).path("containerPort").asInt());
        assertEquals("100m", c.path("resources").path("requests").path("cpu").asText());
        assertEquals("http", c.path("readinessProbe").path("httpGet").path("port").asText());

        apply(ns, "two-containers.yaml", "pod/web-and-sidecar created");
        JsonNode two = get(ns, "pod", "web-and-sidecar");
        assertEquals(List.of("web", "poller"), names(two.path("spec").path("containers")));
        assertTrue(two.path("spec").path("containers").path(1).path("command").path(2).asText().contains("localhost:80"));
        assertTrue(cluster.jctl("get", "pod", "web-and-sidecar", "-n", ns).out().contains("0/2"));
    }

    @Test
    void replicaSetServiceHpa() throws Exception {
        String ns = cluster.newNamespace("m");
        apply(ns, "replicaset.yaml", "replicaset.apps/echo created");
        JsonNode rs = get(ns, "rs", "echo");
        assertEquals(3, rs.path("spec").path("replicas").asInt());
        assertEquals("echo", rs.path("spec").path("selector").path("matchLabels").path("app").asText());

        apply(ns, "service.yaml", "service/web created");
        JsonNode svc = get(ns, "svc", "web");
        assertEquals("web", svc.path("spec").path("selector").path("app").asText());
        assertEquals(80, svc.path("spec").path("ports").path(0).path("port").asInt());
        assertEquals("http", svc.path("spec").path("ports").path(0).path("targetPort").asText());

        apply(ns, "hpa.yaml", "horizontalpodautoscaler.autoscaling/web created");
        JsonNode hpa = get(ns, "hpa", "web");
        assertEquals("Deployment", hpa.path("spec").path("scaleTargetRef").path("kind").asText());
        assertEquals(10, hpa.path("spec").path("maxReplicas").asInt());
        assertEquals(70, hpa.path("spec").path("metrics").path(0).path("resource").path("target").path("averageUtilization").asInt());
        assertTrue(cluster.jctl("get", "hpa", "-n", ns).out().matches("(?s)NAME +REFERENCE +TARGETS.*\nweb +Deployment/web +cpu: <unknown>/70% +2 +10 .*"),
                cluster.jctl("get", "hpa", "-n", ns).out());
    }

    @Test
    void deploymentRolloutHistoryUndo() throws Exception {
        String ns = cluster.newNamespace("m");
        apply(ns, "deployment.yaml", "deployment.apps/web created");
        JsonNode d = get(ns, "deploy", "web");
        assertEquals(2, d.path("spec").path("replicas").asInt());
        assertEquals(0, d.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt());
        assertEquals("nginx:1.27-alpine", image(d));
        apply(ns, "deployment.yaml", "deployment.apps/web unchanged");

        // the history a deployment controller leaves: one ReplicaSet per revision, owned by the deployment
        String uid = d.path("metadata").path("uid").asText();
        cluster.write(ns + "/rs.yaml", replicaSet(1, uid, "nginx:1.26-alpine") + "---\n" + replicaSet(2, uid, "nginx:1.27-alpine"));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/rs.yaml").code());
        var history = cluster.jctl("rollout", "history", "deployment/web", "-n", ns);
        assertEquals("deployment.apps/web\nREVISION   CHANGE-CAUSE\n1          image 1\n2          image 2\n\n", history.out(), history.toString());
        assertTrue(cluster.jctl("rollout", "history", "deploy/web", "--revision=1", "-n", ns).out()
                .matches("(?s)deployment.apps/web with revision #1\nPod Template:\n.*Image: +nginx:1.26-alpine\n.*"));

        // status as the controller would write it, step by step: rollout status follows with a line per change
        long generation = d.path("metadata").path("generation").asLong();
        CompletableFuture<Void> controller = CompletableFuture.runAsync(() -> {
            sleepMs(1500); // rollout status is watching by then (it starts in milliseconds in this JVM)
            status(ns, generation, 2, 1, 0);
            sleepMs(300);
            status(ns, generation, 2, 2, 1);
            sleepMs(300);
            status(ns, generation, 2, 2, 2);
        });
        var st = cluster.jctl("rollout", "status", "deploy/web", "-n", ns, "--timeout=60s");
        controller.get(30, TimeUnit.SECONDS);
        assertEquals(0, st.code(), st.toString());
        List<String> lines = st.out().lines().toList();
        assertEquals("Waiting for deployment spec update to be observed...", lines.get(0));
        assertTrue(lines.contains("Waiting for deployment \"web\" rollout to finish: 1 out of 2 new replicas have been updated..."), st.out());
        assertEquals("deployment \"web\" successfully rolled out", lines.get(lines.size() - 1));

        var undo = cluster.jctl("rollout", "undo", "deploy/web", "-n", ns);
        assertEquals("deployment.apps/web rolled back\n", undo.out(), undo.toString());
        JsonNode after = get(ns, "deploy", "web");
        assertEquals("nginx:1.26-alpine", image(after));
        assertTrue(after.path("spec").path("template").path("metadata").path("labels").path("pod-template-hash").isMissingNode());
        assertEquals("deployment.apps/web skipped rollback (current template already matches revision 1)\n",
                cluster.jctl("rollout", "undo", "deploy/web", "--to-revision=1", "-n", ns).out());
        assertEquals("error: unable to find specified revision 7 in history\n",
                cluster.jctl("rollout", "undo", "deploy/web", "--to-revision=7", "-n", ns).err());
    }

    private static void status(String ns, long generation, int replicas, int updated, int available) {
        var r = cluster.jctl("patch", "deploy", "web", "-n", ns, "--subresource=status", "--type=merge", "-p",
                "{\"status\":{\"observedGeneration\":" + generation + ",\"replicas\":" + replicas + ",\"updatedReplicas\":" + updated
                        + ",\"readyReplicas\":" + available + ",\"availableReplicas\":" + available + "}}");
        assertEquals(0, r.code(), r.toString());
    }

    private static String replicaSet(int revision, String owner, String image) {
        return """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata:
                  name: web-%d
                  labels: {app: web, pod-template-hash: h%d}
                  annotations: {deployment.kubernetes.io/revision: "%d", kubernetes.io/change-cause: "image %d"}
                  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: %s, controller: true}]
                spec:
                  replicas: 0
                  selector: {matchLabels: {app: web, pod-template-hash: h%d}}
                  template:
                    metadata: {labels: {app: web, pod-template-hash: h%d}}
                    spec:
                      containers:
                      - name: web
                        image: %s
                        ports: [{name: http, containerPort: 80}]
                        resources: {requests: {cpu: 100m, memory: 64Mi}}
                """.formatted(revision, revision, revision, revision, owner, revision, revision, image);
    }

    private static String image(JsonNode d) {
        return d.path("spec").path("template").path("spec").path("containers").path(0).path("image").asText();
    }

    private static List<String> names(JsonNode list) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.path("name").asText()));
        return out;
    }

    private static void sleepMs(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
