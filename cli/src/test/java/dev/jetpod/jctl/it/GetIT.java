package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jctl get against a real apiserver: columns, output formats, selectors, namespaces, short names, watch. */
class GetIT {
    static JctlCluster cluster;
    static String ns;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
        ns = cluster.newNamespace("get");
        cluster.write("pods.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web, tier: fe}}
                spec:
                  containers: [{name: web, image: "nginx:1.27"}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: db, labels: {app: db}}
                spec:
                  containers: [{name: db, image: "postgres:16"}, {name: backup, image: "busybox:1.36"}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings}
                data: {a: "1", b: "2"}
                """);
        var r = cluster.jctl("apply", "-n", ns, "-f", "pods.yaml");
        assertEquals(0, r.code(), r.toString());
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static List<String> lines(String s) {
        return Arrays.asList(s.split("\n"));
    }

    @Test
    void tableWithKubectlColumns() {
        var r = cluster.jctl("get", "pods", "-n", ns);
        assertEquals(0, r.code(), r.toString());
        List<String> l = lines(r.out());
        assertTrue(l.get(0).matches("NAME +READY +STATUS +RESTARTS +AGE"), l.get(0));
        assertTrue(l.get(1).matches("db +0/2 +Pending +0 +\\S+"), r.out());
        assertTrue(l.get(2).matches("web +0/1 +Pending +0 +\\S+"), r.out());
        String wide = lines(cluster.jctl("get", "po", "-n", ns, "-o", "wide").out()).get(0);
        assertTrue(wide.matches("NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES"), wide);
        assertTrue(lines(cluster.jctl("get", "cm", "settings", "-n", ns).out()).get(1).matches("settings +2 +\\S+"));
    }

    @Test
    void outputFormats() throws Exception {
        JsonNode one = JSON.readTree(cluster.jctl("get", "pod/web", "-n", ns, "-o", "json").out());
        assertEquals("Pod", one.path("kind").asText());
        assertEquals("web", one.path("metadata").path("name").asText());
        JsonNode list = JSON.readTree(cluster.jctl("get", "pods", "-n", ns, "-o", "json").out());
        assertEquals("List", list.path("kind").asText());
        assertEquals(2, list.path("items").size());
        assertEquals("Pod", list.path("items").path(0).path("kind").asText(), "list items carry their kind");
        String yaml = cluster.jctl("get", "pod", "web", "-n", ns, "-o", "yaml").out();
        assertTrue(yaml.startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n"), yaml);
        assertEquals("pod/db\npod/web\n", cluster.jctl("get", "pods", "-n", ns, "-o", "name").out());
        assertEquals("db web", cluster.jctl("get", "pods", "-n", ns, "-o", "jsonpath={.items[*].metadata.name}").out());
        assertEquals("db=postgres:16,busybox:1.36\nweb=nginx:1.27\n", cluster.jctl("get", "pods", "-n", ns, "-o",
                "jsonpath={range .items[*]}{.metadata.name}={.spec.containers[0].image},{.spec.containers[1].image}{\"\\n\"}{end}")
                .out().replace(",\n", "\n"));
        var cc = cluster.jctl("get", "pods", "-n", ns, "-o", "custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image");
        assertEquals("NAME   IMAGE\ndb     postgres:16\nweb    nginx:1.27\n", cc.out());
    }

    @Test
    void selectorsNamespacesLabelsAndSeveralTypes() {
        assertEquals("pod/web\n", cluster.jctl("get", "pods", "-n", ns, "-l", "app=web", "-o", "name").out());
        assertEquals("pod/db\n", cluster.jctl("get", "pods", "-n", ns, "-l", "app in (db,x),!tier", "-o", "name").out());
        assertEquals("pod/web\n", cluster.jctl("get", "pods", "-n", ns, "--field-selector", "metadata.name=web", "-o", "name").out());
        var all = cluster.jctl("get", "pods", "-A", "--show-labels");
        List<String> l = lines(all.out());
        assertTrue(l.get(0).matches("NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE +LABELS"), l.get(0));
        assertTrue(all.out().contains(ns + " "), all.out());
        assertTrue(l.stream().anyMatch(x -> x.matches(ns + " +web .* app=web,tier=fe")), all.out());
        var two = cluster.jctl("get", "po,cm", "-n", ns);
        assertTrue(two.out().contains("pod/web") && two.out().contains("configmap/settings"), two.out());
        var empty = cluster.jctl("get", "deploy", "-n", ns);
        assertEquals(0, empty.code());
        assertEquals("No resources found in " + ns + " namespace.\n", empty.err());
    }

    @Test
    void missingNamesAreReportedAndTheOthersPrinted() {
        var r = cluster.jctl("get", "pods", "web", "nope", "-n", ns, "-o", "name");
        assertEquals(1, r.code());
        assertEquals("pod/web\n", r.out());
        assertEquals("Error from server (NotFound): pods \"nope\" not found\n", r.err());
        var ignored = cluster.jctl("get", "pods", "nope", "-n", ns, "--ignore-not-found");
        assertEquals(0, ignored.code(), ignored.toString());
    }

    @Test
    void watchPrintsChangesAsTheyCome() throws Exception {
        String wns = cluster.newNamespace("watch");
        CompletableFuture<JctlCluster.Result> watching = CompletableFuture.supplyAsync(
                () -> cluster.jctl("get", "pods", "-n", wns, "-w", "--request-timeout=8s"));
        // the watch is open once the list has been read; give it a moment, then change things
        Thread.sleep(1500);
        cluster.write("w.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: w1}\nspec: {containers: [{name: c, image: busybox}]}\n");
        assertEquals(0, cluster.jctl("apply", "-n", wns, "-f", "w.yaml").code());
        assertEquals(0, cluster.jctl("label", "pod", "w1", "x=y", "-n", wns).code());
        Thread.sleep(1000);
        assertEquals(0, cluster.jctl("annotate", "pod", "w1", "note=z", "-n", wns).code());
        var r = watching.get(30, TimeUnit.SECONDS);
        assertEquals(0, r.code(), r.toString());
        List<String> l = lines(r.out());
        assertTrue(l.get(0).startsWith("NAME "), r.out());
        assertTrue(l.stream().filter(x -> x.startsWith("w1 ")).count() >= 2, "a row for the add and one for the label: " + r.out());
    }
}
