package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static dev.jetpod.apiserver.it.TestServer.deployment;
import static dev.jetpod.apiserver.it.TestServer.pod;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every verb over HTTP against a real etcd: the success paths and their exact Kubernetes shapes. */
class CrudTest {
    static TestServer s;
    static String ns;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("crud");
    }

    @Test
    void createGetUpdateDeleteConfigMap() {
        String base = "/api/v1/namespaces/" + ns + "/configmaps";
        Response created = s.post(base, configMap("cm1", "a"));
        assertEquals(201, created.code(), created.text());
        JsonNode c = created.json();
        assertEquals("ConfigMap", c.at("/kind").asText());
        assertEquals(ns, c.at("/metadata/namespace").asText());
        assertFalse(c.at("/metadata/uid").asText().isEmpty());
        assertFalse(c.at("/metadata/creationTimestamp").asText().isEmpty());
        assertEquals(1, c.at("/metadata/generation").asInt());
        String rv = c.at("/metadata/resourceVersion").asText();

        assertEquals(rv, s.get(base + "/cm1").at("/metadata/resourceVersion"));

        Response updated = s.put(base + "/cm1", q("{'metadata':{'name':'cm1','resourceVersion':'" + rv + "'},'data':{'k':'v2'}}"));
        assertEquals(200, updated.code(), updated.text());
        assertEquals("v2", updated.at("/data/k"));
        assertEquals(c.at("/metadata/uid").asText(), updated.at("/metadata/uid"));
        assertNotEquals(rv, updated.at("/metadata/resourceVersion"));

        Response stale = s.put(base + "/cm1", q("{'metadata':{'name':'cm1','resourceVersion':'" + rv + "'},'data':{'k':'v3'}}"));
        assertEquals(409, stale.code());
        assertEquals("Conflict", stale.at("/reason"));
        assertEquals("Operation cannot be fulfilled on configmaps \"cm1\": the object has been modified; please apply your changes to the latest version and try again",
                stale.at("/message"));

        Response unconditional = s.put(base + "/cm1", q("{'metadata':{'name':'cm1'},'data':{'k':'v4'}}"));
        assertEquals(200, unconditional.code(), unconditional.text());

        Response deleted = s.delete(base + "/cm1");
        assertEquals(200, deleted.code());
        assertEquals("Status", deleted.at("/kind"));
        assertEquals("Success", deleted.at("/status"));
        assertEquals("cm1", deleted.at("/details/name"));
        assertEquals("configmaps", deleted.at("/details/kind"));

        Response gone = s.get(base + "/cm1");
        assertEquals(404, gone.code());
        assertEquals("NotFound", gone.at("/reason"));
        assertEquals("configmaps \"cm1\" not found", gone.at("/message"));
        assertEquals(404, gone.json().at("/code").asInt());
    }

    @Test
    void createTwiceIsAlreadyExists() {
        String base = "/api/v1/namespaces/" + ns + "/configmaps";
        assertEquals(201, s.post(base, configMap("dup", "a")).code());
        Response again = s.post(base, configMap("dup", "a"));
        assertEquals(409, again.code());
        assertEquals("AlreadyExists", again.at("/reason"));
        assertEquals("configmaps \"dup\" already exists", again.at("/message"));
    }

    @Test
    void generateNameNeverCollides() {
        String base = "/api/v1/namespaces/" + ns + "/configmaps";
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Response r = s.post(base, q("{'metadata':{'generateName':'gen-'},'data':{}}"));
            assertEquals(201, r.code(), r.text());
            assertTrue(r.at("/metadata/name").startsWith("gen-"));
            assertEquals(9, r.at("/metadata/name").length());
            names.add(r.at("/metadata/name"));
        }
        assertEquals(5, names.size());
    }

    @Test
    void listWithSelectorsAndPaging() {
        String base = "/api/v1/namespaces/" + ns + "/configmaps";
        for (int i = 0; i < 5; i++) {
            assertEquals(201, s.post(base, configMap("page-" + i, i % 2 == 0 ? "even" : "odd")).code());
        }
        Response even = s.get(base + "?labelSelector=tier%3Deven");
        assertEquals("ConfigMapList", even.at("/kind"));
        assertEquals(3, even.json().at("/items").size());
        assertFalse(even.at("/metadata/resourceVersion").isEmpty());

        Response byName = s.get(base + "?fieldSelector=metadata.name%3Dpage-1");
        assertEquals(1, byName.json().at("/items").size());

        Set<String> seen = new HashSet<>();
        String cont = "";
        int pages = 0;
        do {
            Response page = s.get(base + "?labelSelector=tier%20in%20(even,odd)&limit=2" + (cont.isEmpty() ? "" : "&continue=" + cont));
            assertEquals(200, page.code(), page.text());
            page.json().at("/items").forEach(i -> seen.add(i.at("/metadata/name").asText()));
            cont = page.at("/metadata/continue");
            pages++;
        } while (!cont.isEmpty() && pages < 10);
        assertEquals(Set.of("page-0", "page-1", "page-2", "page-3", "page-4"), seen);
        assertTrue(pages >= 3);

        Response all = s.get("/api/v1/configmaps?labelSelector=tier%3Dodd");
        assertEquals(200, all.code());
        assertTrue(all.json().at("/items").size() >= 2);
    }

    @Test
    void yamlInAndOut() {
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  a: \"1\"\n";
        Response r = s.call("POST", "/api/v1/namespaces/" + ns + "/configmaps", "application/yaml", yaml);
        assertEquals(201, r.code(), r.text());
        Response y = s.call("GET", "/api/v1/namespaces/" + ns + "/configmaps/from-yaml", null, null, "application/yaml");
        assertTrue(y.contentType().startsWith("application/yaml"), y.contentType());
        assertTrue(y.text().contains("name: from-yaml"), y.text());
    }

    @Test
    void podsStartPendingAndDeploymentsBumpGeneration() {
        Response p = s.post("/api/v1/namespaces/" + ns + "/pods", pod("p1", "busybox"));
        assertEquals(201, p.code(), p.text());
        assertEquals("Pending", p.at("/status/phase"));

        String base = "/apis/apps/v1/namespaces/" + ns + "/deployments";
        Response d = s.post(base, deployment("web", 1));
        assertEquals(201, d.code(), d.text());
        assertEquals(1, d.json().at("/metadata/generation").asInt());
        Response scaled = s.patch(base + "/web", "application/merge-patch+json", q("{'spec':{'replicas':3}}"));
        assertEquals(200, scaled.code(), scaled.text());
        assertEquals(2, scaled.json().at("/metadata/generation").asInt());
        Response labelled = s.patch(base + "/web", "application/merge-patch+json", q("{'metadata':{'labels':{'x':'y'}}}"));
        assertEquals(2, labelled.json().at("/metadata/generation").asInt(), "metadata changes do not bump generation");
    }

    @Test
    void clusterScopedAndMissingNamespace() {
        Response r = s.post("/api/v1/namespaces/does-not-exist/configmaps", configMap("x", "a"));
        assertEquals(404, r.code());
        assertEquals("namespaces \"does-not-exist\" not found", r.at("/message"));
        Response node = s.post("/api/v1/nodes", q("{'metadata':{'name':'n-" + ns + "'}}"));
        assertEquals(201, node.code(), node.text());
        assertEquals("", node.at("/metadata/namespace"));
        assertEquals(200, s.get("/api/v1/nodes/n-" + ns).code());
        assertEquals(200, s.get("/api/v1/namespaces/default").code());
        assertEquals("Active", s.get("/api/v1/namespaces/kube-system").at("/status/phase"));
    }
}
