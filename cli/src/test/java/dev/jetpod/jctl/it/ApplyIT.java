package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** jctl apply against a real apiserver: create, configure, unchanged, removal of fields dropped from the file. */
class ApplyIT {
    static JctlCluster cluster;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        cluster = JctlCluster.start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void createsThenConfiguresThenUnchanged() throws Exception {
        String ns = cluster.newNamespace("apply");
        String v1 = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  labels:
                    app: web
                    tier: fe
                spec:
                  containers:
                  - name: web
                    image: busybox:1.36
                """;
        cluster.write("pod.yaml", v1);
        var r = cluster.jctl("apply", "-f", "pod.yaml", "-n", ns);
        assertEquals(0, r.code(), r.toString());
        assertEquals("pod/web created\n", r.out());

        r = cluster.jctl("apply", "-f", "pod.yaml", "-n", ns);
        assertEquals("pod/web unchanged\n", r.out(), r.toString());

        cluster.write("pod.yaml", v1.replace("    tier: fe\n", "").replace("busybox:1.36", "busybox:1.37"));
        r = cluster.jctl("apply", "-f", "pod.yaml", "-n", ns);
        assertEquals("pod/web configured\n", r.out(), r.toString());

        JsonNode pod = JSON.readTree(cluster.jctl("get", "pod", "web", "-n", ns, "-o", "json").out());
        assertFalse(pod.path("metadata").path("labels").has("tier"), "label removed from the file is removed: " + pod);
        assertEquals("busybox:1.37", pod.path("spec").path("containers").path(0).path("image").asText());
        String annotation = pod.path("metadata").path("annotations").path("kubectl.kubernetes.io/last-applied-configuration").asText();
        assertEquals("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"labels\":{\"app\":\"web\"},\"name\":\"web\",\"namespace\":\""
                + ns + "\"},\"spec\":{\"containers\":[{\"image\":\"busybox:1.37\",\"name\":\"web\"}]}}\n", annotation);
    }

    @Test
    void removesListElementsAndFieldsDroppedFromTheFileButKeepsOthersChanges() throws Exception {
        String ns = cluster.newNamespace("apply");
        String v1 = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: api}
                  template:
                    metadata:
                      labels: {app: api}
                    spec:
                      containers:
                      - name: api
                        image: busybox:1.36
                        env:
                        - {name: A, value: "1"}
                        - {name: B, value: "2"}
                      - name: sidecar
                        image: busybox:1.36
                """;
        cluster.write("d.yaml", v1);
        assertEquals("deployment.apps/api created\n", cluster.jctl("apply", "-f", "d.yaml", "-n", ns).out());
        // someone else labels it: apply must keep that (not in the last-applied configuration)
        assertEquals(0, cluster.jctl("label", "deploy", "api", "owner=ops", "-n", ns).code());

        cluster.write("d.yaml", v1.replace("""
                        - {name: B, value: "2"}
                """, "").replace("""
                      - name: sidecar
                        image: busybox:1.36
                """, "").replace("replicas: 2", "replicas: 3"));
        var r = cluster.jctl("apply", "-f", "d.yaml", "-n", ns);
        assertEquals("deployment.apps/api configured\n", r.out(), r.toString());
        JsonNode d = JSON.readTree(cluster.jctl("get", "deploy/api", "-n", ns, "-o", "json").out());
        JsonNode containers = d.path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), containers.toString());
        assertEquals(1, containers.path(0).path("env").size(), containers.toString());
        assertEquals(3, d.path("spec").path("replicas").asInt());
        assertEquals("ops", d.path("metadata").path("labels").path("owner").asText(), "a label set by someone else stays");
        assertEquals("deployment.apps/api unchanged\n", cluster.jctl("apply", "-f", "d.yaml", "-n", ns).out());
    }
}
