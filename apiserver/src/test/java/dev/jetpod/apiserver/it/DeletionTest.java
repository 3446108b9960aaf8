package dev.jetpod.apiserver.it;

import static dev.jetpod.apiserver.it.TestServer.configMap;
import static dev.jetpod.apiserver.it.TestServer.pod;
import static dev.jetpod.apiserver.it.TestServer.q;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Graceful deletion, finalizers, propagation policy, preconditions, deletecollection and the namespace cascade. */
class DeletionTest {
    static TestServer s;
    static String ns;
    static String pods;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        ns = s.newNamespace("del");
        pods = "/api/v1/namespaces/" + ns + "/pods";
    }

    private static void bind(String pod) {
        assertEquals(201, s.post(pods + "/" + pod + "/binding", q("{'metadata':{'name':'" + pod + "'},'target':{'kind':'Node','name':'n1'}}")).code());
    }

    @Test
    void boundPodsAreDeletedGracefully() {
        assertEquals(201, s.post(pods, pod("g1", "busybox")).code());
        bind("g1");
        Response first = s.delete(pods + "/g1");
        assertEquals(200, first.code(), first.text());
        assertEquals("Pod", first.at("/kind"), "pods answer with the object");
        assertEquals(30, first.json().at("/metadata/deletionGracePeriodSeconds").asInt());
        Instant at = Instant.parse(first.at("/metadata/deletionTimestamp"));
        assertTrue(at.isAfter(Instant.now().plusSeconds(20)), "deletionTimestamp is now + grace: " + at);
        assertEquals(200, s.get(pods + "/g1").code(), "still there during its grace period");

        Response shorter = s.call("DELETE", pods + "/g1", "application/json", q("{'kind':'DeleteOptions','apiVersion':'v1','gracePeriodSeconds':5}"));
        assertEquals(5, shorter.json().at("/metadata/deletionGracePeriodSeconds").asInt(), shorter.text());

        Response now = s.delete(pods + "/g1?gracePeriodSeconds=0");
        assertEquals(200, now.code());
        assertEquals(404, s.get(pods + "/g1").code());
    }

    @Test
    void unboundPodsGoAtOnce() {
        assertEquals(201, s.post(pods, pod("u1", "busybox")).code());
        Response r = s.delete(pods + "/u1");
        assertEquals(200, r.code());
        assertEquals("Pod", r.at("/kind"));
        assertEquals(404, s.get(pods + "/u1").code());
    }

    @Test
    void finalizersHoldDeletionUntilRemoved() {
        String cms = "/api/v1/namespaces/" + ns + "/configmaps";
        assertEquals(201, s.post(cms, q("{'metadata':{'name':'fin','finalizers':['example.com/hold']},'data':{}}")).code());
        Response pending = s.delete(cms + "/fin");
        assertEquals(200, pending.code());
        assertEquals("ConfigMap", pending.at("/kind"), "a held object comes back, not a Status");
        assertFalse(pending.at("/metadata/deletionTimestamp").isEmpty());
        assertEquals(0, pending.json().at("/metadata/deletionGracePeriodSeconds").asInt());
        Response addMore = s.patch(cms + "/fin", "application/merge-patch+json", q("{'metadata':{'finalizers':['example.com/hold','another']}}"));
        assertEquals(422, addMore.code(), "no new finalizers while deleting");
        Response released = s.patch(cms + "/fin", "application/merge-patch+json", q("{'metadata':{'finalizers':null}}"));
        assertEquals(200, released.code(), released.text());
        assertEquals(404, s.get(cms + "/fin").code(), "removing the last finalizer removes the object");
    }

    @Test
    void propagationPolicyIsRecordedAsFinalizer() {
        String cms = "/api/v1/namespaces/" + ns + "/configmaps";
        assertEquals(201, s.post(cms, configMap("fg", "a")).code());
        Response fg = s.call("DELETE", cms + "/fg", "application/json", q("{'propagationPolicy':'Foreground'}"));
        assertEquals("foregroundDeletion", fg.at("/metadata/finalizers/0"), fg.text());
        assertEquals(201, s.post(cms, configMap("or", "a")).code());
        Response or = s.delete(cms + "/or?propagationPolicy=Orphan");
        assertEquals("orphan", or.at("/metadata/finalizers/0"), or.text());
        assertEquals(400, s.delete(cms + "/or?propagationPolicy=Sideways").code());
    }

    @Test
    void preconditionsConflict() {
        String cms = "/api/v1/namespaces/" + ns + "/configmaps";
        assertEquals(201, s.post(cms, configMap("pre", "a")).code());
        Response r = s.call("DELETE", cms + "/pre", "application/json", q("{'preconditions':{'uid':'not-the-uid'}}"));
        assertEquals(409, r.code());
        assertEquals("Conflict", r.at("/reason"));
        assertTrue(r.at("/message").contains("Precondition failed: UID in precondition: not-the-uid"), r.at("/message"));
        assertEquals(200, s.get(cms + "/pre").code());
    }

    @Test
    void deleteCollectionBySelector() {
        String cms = "/api/v1/namespaces/" + ns + "/configmaps";
        for (int i = 0; i < 3; i++) {
            assertEquals(201, s.post(cms, configMap("dc-" + i, i == 0 ? "keep" : "drop")).code());
        }
        Response r = s.delete(cms + "?labelSelector=tier%3Ddrop");
        assertEquals(200, r.code(), r.text());
        assertEquals(2, r.json().at("/items").size());
        assertEquals(200, s.get(cms + "/dc-0").code());
        assertEquals(404, s.get(cms + "/dc-1").code());
    }

    @Test
    void systemNamespacesCannotBeDeleted() {
        Response r = s.delete("/api/v1/namespaces/default");
        assertEquals(403, r.code());
        assertEquals("namespaces \"default\" is forbidden: this namespace may not be deleted", r.at("/message"));
        assertEquals("Active", s.get("/api/v1/namespaces/default").at("/status/phase"));
    }

    @Test
    void deletingANamespaceDeletesWhatIsInIt() {
        String doomed = s.newNamespace("doomed");
        assertEquals(201, s.post("/api/v1/namespaces/" + doomed + "/configmaps", configMap("c", "a")).code());
        assertEquals(201, s.post("/api/v1/namespaces/" + doomed + "/pods", pod("p", "busybox")).code());
        Response r = s.delete("/api/v1/namespaces/" + doomed);
        assertEquals(200, r.code(), r.text());
        assertEquals("Terminating", r.at("/status/phase"));
        assertEquals("kubernetes", r.at("/spec/finalizers/0"));
        Response refused = s.post("/api/v1/namespaces/" + doomed + "/configmaps", configMap("late", "a"));
        if (refused.code() != 404) { // the namespace may already be gone
            assertEquals(403, refused.code(), refused.text());
            assertEquals("Forbidden", refused.at("/reason"));
            assertEquals("configmaps \"late\" is forbidden: unable to create new content in namespace " + doomed + " because it is being terminated", refused.at("/message"));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> s.get("/api/v1/namespaces/" + doomed).code() == 404);
        JsonNode left = s.get("/api/v1/namespaces/" + doomed + "/configmaps").json().at("/items");
        assertEquals(0, left.size());
    }
}
