package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The other verbs against a real apiserver: delete (with --wait), create, scale, label/annotate, patch, edit, wait, describe, autoscale. */
class CommandsIT {
    static JctlCluster cluster;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
        cluster.write("node.yaml", "apiVersion: v1\nkind: Node\nmetadata: {name: node-a}\n");
        assertEquals(0, cluster.jctl("apply", "-f", "node.yaml").code());
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    static String pod(String name, String extra) {
        return "apiVersion: v1\nkind: Pod\nmetadata: {name: " + name + ", labels: {app: " + name + "}}\nspec:\n" + extra
                + "  containers: [{name: c, image: \"busybox:1.36\"}]\n";
    }

    private JsonNode json(JctlCluster.Result r) throws Exception {
        assertEquals(0, r.code(), r.toString());
        return JSON.readTree(r.out());
    }

    @Test
    void deleteWaitsUntilAGracefullyDeletedPodIsGone() throws Exception {
        String ns = cluster.newNamespace("del");
        cluster.write(ns + "/bound.yaml", pod("bound", "  nodeName: node-a\n"));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/bound.yaml").code());
        // the node agent's part: once the pod is terminating, remove it for good
        CompletableFuture<JctlCluster.Result> kubelet = CompletableFuture.supplyAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                var r = cluster.jctl("get", "pod", "bound", "-n", ns, "-o", "jsonpath={.metadata.deletionTimestamp}");
                if (r.code() == 0 && !r.out().isEmpty()) {
                    return cluster.jctl("delete", "pod", "bound", "-n", ns, "--grace-period=0", "--force", "--wait=false");
                }
                sleep(100);
            }
            throw new IllegalStateException("the pod never started terminating");
        });
        var r = cluster.jctl("delete", "pod", "bound", "-n", ns, "--timeout=30s");
        assertEquals(0, r.code(), r.toString());
        assertEquals("pod \"bound\" deleted\n", r.out());
        assertTrue(r.err().contains("waiting for pod/bound: terminating, grace period 30s"), r.err());
        assertEquals(0, kubelet.get(30, TimeUnit.SECONDS).code());
        assertEquals(1, cluster.jctl("get", "pod", "bound", "-n", ns).code());
    }

    @Test
    void deleteByNameSelectorAllAndFile() {
        String ns = cluster.newNamespace("del");
        cluster.write(ns + "/p.yaml", pod("a", "") + "---\n" + pod("b", "") + "---\n" + pod("c", ""));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/p.yaml").code());
        assertEquals("pod \"a\" deleted\n", cluster.jctl("delete", "pod", "a", "-n", ns).out());
        assertEquals("pod \"b\" deleted\n", cluster.jctl("delete", "pods", "-l", "app=b", "-n", ns).out());
        var needsAll = cluster.jctl("delete", "pods", "-n", ns);
        assertEquals("error: resource(s) were provided, but no name was specified\n", needsAll.err());
        assertEquals("pod \"c\" deleted\n", cluster.jctl("delete", "pods", "--all", "-n", ns).out());
        var missing = cluster.jctl("delete", "-f", ns + "/p.yaml", "-n", ns);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Error from server (NotFound): pods \"a\" not found"), missing.err());
        assertEquals(0, cluster.jctl("delete", "-f", ns + "/p.yaml", "-n", ns, "--ignore-not-found").code());
    }

    @Test
    void labelAnnotatePatchScale() throws Exception {
        String ns = cluster.newNamespace("meta");
        cluster.write(ns + "/d.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, labels: {app: web}}
                spec:
                  replicas: 1
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: web, image: "nginx:1.27"}]}
                """);
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/d.yaml").code());
        var refused = cluster.jctl("label", "deploy", "web", "app=other", "-n", ns);
        assertEquals(1, refused.code());
        assertEquals("error: 'app' already has a value (web), and --overwrite is false\n", refused.err());
        assertEquals("deployment.apps/web labeled\n", cluster.jctl("label", "deploy/web", "app=other", "tier=fe", "--overwrite", "-n", ns).out());
        assertEquals("deployment.apps/web labeled\n", cluster.jctl("label", "deploy/web", "tier-", "-n", ns).out());
        assertEquals("deployment.apps/web annotated\n", cluster.jctl("annotate", "deploy", "web", "note=hello world", "-n", ns).out());
        JsonNode d = json(cluster.jctl("get", "deploy", "web", "-n", ns, "-o", "json"));
        assertEquals("{\"app\":\"other\"}", d.path("metadata").path("labels").toString());
        assertEquals("hello world", d.path("metadata").path("annotations").path("note").asText());

        assertEquals("deployment.apps/web patched\n", cluster.jctl("patch", "deploy", "web", "-n", ns,
                "-p", "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx:1.28\"}]}}}}").out());
        assertEquals("deployment.apps/web patched (no change)\n", cluster.jctl("patch", "deploy", "web", "-n", ns, "--type", "merge",
                "-p", "metadata: {labels: {app: other}}").out());
        assertEquals("deployment.apps/web patched\n", cluster.jctl("patch", "deploy", "web", "-n", ns, "--type", "json",
                "-p", "[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":2}]").out());
        assertEquals("deployment.apps/web scaled\n", cluster.jctl("scale", "deploy", "web", "--replicas=4", "-n", ns).out());
        d = json(cluster.jctl("get", "deploy", "web", "-n", ns, "-o", "json"));
        assertEquals("nginx:1.28", d.path("spec").path("template").path("spec").path("containers").path(0).path("image").asText());
        assertEquals(4, d.path("spec").path("replicas").asInt());
        var precondition = cluster.jctl("scale", "deploy", "web", "--replicas=1", "--current-replicas=2", "-n", ns);
        assertEquals("error: Expected replicas to be 2, was 4\n", precondition.err());

        assertEquals("horizontalpodautoscaler.autoscaling/web autoscaled\n",
                cluster.jctl("autoscale", "deployment", "web", "--min=2", "--max=6", "--cpu-percent=75", "-n", ns).out());
        JsonNode hpa = json(cluster.jctl("get", "hpa", "web", "-n", ns, "-o", "json"));
        assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
        assertEquals("web", hpa.path("spec").path("scaleTargetRef").path("name").asText());
        assertEquals(6, hpa.path("spec").path("maxReplicas").asInt());
        assertEquals(75, hpa.path("spec").path("metrics").path(0).path("resource").path("target").path("averageUtilization").asInt());
    }

    @Test
    void editUpdatesAndReopensOnErrors() throws Exception {
        String ns = cluster.newNamespace("edit");
        cluster.write(ns + "/p.yaml", pod("e", ""));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/p.yaml").code());
        Path change = script("sed -i 's/image: busybox:1.36/image: busybox:1.37/' \"$1\"");
        var r = cluster.run(Map.of("EDITOR", change.toString()), "", "edit", "pod", "e", "-n", ns);
        assertEquals("pod/e edited\n", r.out(), r.toString());
        assertEquals("busybox:1.37", cluster.jctl("get", "pod", "e", "-n", ns, "-o", "jsonpath={.spec.containers[0].image}").out());

        Path none = script("true");
        assertEquals("Edit cancelled, no changes made.\n", cluster.run(Map.of("EDITOR", none.toString()), "", "edit", "pod", "e", "-n", ns).out());

        // an invalid object: the server's error is shown, the file reopened with it; saving it unchanged stops
        Path invalid = script("sed -i 's/image: busybox.*/image: \"\"/' \"$1\"");
        r = cluster.run(Map.of("EDITOR", invalid.toString()), "", "edit", "pod", "e", "-n", ns);
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("The Pod \"e\" is invalid: spec.containers[0].image: Required value"), r.err());
        assertTrue(r.err().contains("A copy of your changes has been stored to"), r.err());
        assertTrue(r.err().endsWith("error: Edit cancelled, no valid changes were saved.\n"), r.err());
        Files.deleteIfExists(Path.of(r.err().replaceAll("(?s).*stored to \"([^\"]+)\".*", "$1")));

        // a YAML syntax error reopens the file with the parser's complaint in the header
        Path broken = script("grep -q 'syntax error' \"$1\" && exit 0; echo '  bad: [' >> \"$1\"");
        r = cluster.run(Map.of("EDITOR", broken.toString()), "", "edit", "pod", "e", "-n", ns);
        assertEquals(1, r.code(), r.toString());
        Path saved = Path.of(r.err().replaceAll("(?s).*stored to \"([^\"]+)\".*", "$1"));
        assertTrue(Files.readString(saved).contains("# The edited file had a syntax error: yaml: line"), Files.readString(saved));
        Files.deleteIfExists(saved);
    }

    @Test
    void waitAndDescribe() throws Exception {
        String ns = cluster.newNamespace("wait");
        cluster.write(ns + "/p.yaml", pod("w", ""));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/p.yaml").code());
        var timeout = cluster.jctl("wait", "--for=condition=Ready", "pod/w", "-n", ns, "--timeout=1s");
        assertEquals(1, timeout.code());
        assertTrue(timeout.err().contains("waiting for pod/w: condition Ready not reported yet"), timeout.err());
        assertTrue(timeout.err().endsWith("error: timed out waiting for the condition on pods/w\n"), timeout.err());
        // what a node agent would report: Ready becomes True through the status subresource
        CompletableFuture.runAsync(() -> {
            sleep(700);
            cluster.jctl("patch", "pod", "w", "-n", ns, "--subresource=status", "--type=merge",
                    "-p", "{\"status\":{\"phase\":\"Running\",\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}");
        });
        var ok = cluster.jctl("wait", "--for=condition=Ready", "pod/w", "-n", ns, "--timeout=30s");
        assertEquals("pod/w condition met\n", ok.out(), ok.toString());
        assertEquals("pod/w condition met\n", cluster.jctl("wait", "--for=jsonpath={.status.phase}=Running", "pod", "w", "-n", ns).out());

        String uid = cluster.jctl("get", "pod", "w", "-n", ns, "-o", "jsonpath={.metadata.uid}").out();
        cluster.write(ns + "/ev.yaml", """
                apiVersion: v1
                kind: Event
                metadata: {name: w.1}
                involvedObject: {kind: Pod, name: w, namespace: %s, uid: %s}
                reason: Scheduled
                message: Successfully assigned %s/w to node-a
                type: Normal
                source: {component: default-scheduler}
                count: 1
                """.formatted(ns, uid, ns));
        assertEquals(0, cluster.jctl("apply", "-n", ns, "-f", ns + "/ev.yaml").code());
        var d = cluster.jctl("describe", "pod", "w", "-n", ns);
        assertEquals(0, d.code(), d.toString());
        assertTrue(d.out().startsWith("Name:             w\nNamespace:        " + ns + "\n"), d.out());
        assertTrue(d.out().contains("Status:           Running\n"), d.out());
        assertTrue(d.out().contains("    Image:         busybox:1.36\n"), d.out());
        assertTrue(d.out().matches("(?s).*Conditions:\n  Type +Status\n  ---- +------\n  Ready +True\n.*"), d.out());
        assertTrue(d.out().matches("(?s).*Events:\n  Type +Reason +Age +From +Message\n.*\n  Normal +Scheduled +\\S+ +default-scheduler +Successfully assigned .*/w to node-a\n"),
                d.out());
        var deleted = cluster.jctl("wait", "--for=delete", "pod/w", "-n", ns, "--timeout=1s");
        assertEquals(1, deleted.code());
        assertTrue(deleted.err().contains("waiting for pod/w: still there (deletion not started)"), deleted.err());
    }

    @Test
    void createNamespaceAndFromFile() throws Exception {
        assertEquals("namespace/made-here created\n", cluster.jctl("create", "namespace", "made-here").out());
        var again = cluster.jctl("create", "ns", "made-here");
        assertEquals(1, again.code());
        assertEquals("Error from server (AlreadyExists): namespaces \"made-here\" already exists\n", again.err());
        cluster.write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c1}\ndata: {k: v}\n");
        assertEquals("configmap/c1 created\n", cluster.jctl("create", "-f", "cm.yaml", "-n", "made-here", "--save-config").out());
        JsonNode cm = json(cluster.jctl("get", "cm", "c1", "-n", "made-here", "-o", "json"));
        assertTrue(cm.path("metadata").path("annotations").has("kubectl.kubernetes.io/last-applied-configuration"));
        assertEquals("configmap/c1 unchanged\n", cluster.jctl("apply", "-f", "cm.yaml", "-n", "made-here").out());
    }

    private Path script(String body) throws Exception {
        Path p = Files.createTempFile(cluster.dir, "editor", ".sh");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
