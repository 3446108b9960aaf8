package dev.jetpod.apiserver.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jetpod.apiserver.it.TestServer;
import dev.jetpod.apiserver.it.TestServer.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-side apply and managedFields over HTTP, as kubectl apply --server-side and other writers use them. */
class ServerSideApplyHttpTest {
    static final String APPLY = "application/apply-patch+yaml";
    static TestServer s;
    static String deployments;

    @BeforeAll
    static void start() {
        s = TestServer.shared();
        deployments = "/apis/apps/v1/namespaces/" + s.newNamespace("ssa") + "/deployments";
    }

    private static String deployment(String name, int replicas, String image, String extra) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s, labels: {app: %s}}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec:
                      containers:
                      - name: web
                        image: %s
                %s""".formatted(name, name, replicas, name, name, image, extra);
    }

    private static JsonNode entry(JsonNode obj, String manager, String operation) {
        for (JsonNode e : obj.at("/metadata/managedFields")) {
            if (e.path("manager").asText().equals(manager) && e.path("operation").asText().equals(operation)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void applyCreatesThenUpdatesAndPrunesWhatIsNoLongerApplied() {
        Response created = s.patch(deployments + "/a1?fieldManager=kubectl", APPLY, deployment("a1", 2, "nginx:1", "  minReadySeconds: 5\n"));
        assertEquals(201, created.code(), created.text());
        JsonNode e = entry(created.json(), "kubectl", "Apply");
        assertEquals("FieldsV1", e.path("fieldsType").asText());
        assertTrue(e.at("/fieldsV1/f:spec/f:minReadySeconds").isObject());
        assertEquals("IfNotPresent", created.at("/spec/template/spec/containers/0/imagePullPolicy"), "defaulted like any create");

        Response again = s.patch(deployments + "/a1?fieldManager=kubectl", APPLY, deployment("a1", 3, "nginx:2", ""));
        assertEquals(200, again.code(), again.text());
        assertEquals("3", again.at("/spec/replicas"));
        assertEquals("nginx:2", again.at("/spec/template/spec/containers/0/image"));
        assertTrue(again.json().at("/spec/minReadySeconds").isMissingNode(), "dropped from the configuration, so removed");
        assertEquals("2", again.at("/metadata/generation"));
    }

    @Test
    void otherManagersFieldsConflictUntilForced() {
        assertEquals(201, s.call("POST", deployments + "?fieldManager=kubectl-create", "application/yaml", deployment("c1", 1, "nginx:1", "")).code());
        JsonNode owner = entry(s.get(deployments + "/c1").json(), "kubectl-create", "Update");
        assertTrue(owner.at("/fieldsV1/f:spec/f:replicas").isObject(), "a create records what its manager set");
        assertTrue(owner.at("/fieldsV1/f:spec/f:template/f:spec/f:containers/k:{\"name\":\"web\"}/f:imagePullPolicy").isObject(),
                "defaulted fields count for the writer");

        Response conflict = s.patch(deployments + "/c1?fieldManager=kubectl", APPLY, deployment("c1", 4, "nginx:1", ""));
        assertEquals(409, conflict.code(), conflict.text());
        assertEquals("Conflict", conflict.at("/reason"));
        assertEquals("Apply failed with 1 conflict: conflict with \"kubectl-create\" using apps/v1: .spec.replicas", conflict.at("/message"));
        assertEquals(".spec.replicas", conflict.at("/details/causes/0/field"));
        assertEquals("1", s.get(deployments + "/c1").at("/spec/replicas"), "nothing written");
        assertTrue(s.get("/metrics").text().contains("apiserver_apply_conflicts_total{resource=\"deployments.apps\"}"));

        Response forced = s.patch(deployments + "/c1?fieldManager=kubectl&force=true", APPLY, deployment("c1", 4, "nginx:1", ""));
        assertEquals(200, forced.code(), forced.text());
        assertEquals("4", forced.at("/spec/replicas"));
        assertTrue(entry(forced.json(), "kubectl-create", "Update").at("/fieldsV1/f:spec/f:replicas").isMissingNode());
        assertTrue(entry(forced.json(), "kubectl", "Apply").at("/fieldsV1/f:spec/f:replicas").isObject());
    }

    @Test
    void updatesTakeFieldsOverAndKeepManagedFieldsTheyDoNotSend() {
        assertEquals(201, s.patch(deployments + "/u1?fieldManager=kubectl", APPLY, deployment("u1", 1, "nginx:1", "")).code());
        Response scaled = s.patch(deployments + "/u1/scale?fieldManager=scaler", "application/merge-patch+json", "{\"spec\":{\"replicas\":6}}");
        assertEquals(200, scaled.code(), scaled.text());
        JsonNode obj = s.get(deployments + "/u1").json();
        JsonNode scaler = entry(obj, "scaler", "Update");
        assertEquals("scale", scaler.path("subresource").asText());
        assertTrue(scaler.at("/fieldsV1/f:spec/f:replicas").isObject());
        assertTrue(entry(obj, "kubectl", "Apply").at("/fieldsV1/f:spec/f:replicas").isMissingNode());

        // a PUT of the object as read but without managedFields keeps them
        ((com.fasterxml.jackson.databind.node.ObjectNode) obj.get("metadata")).remove("managedFields");
        ((com.fasterxml.jackson.databind.node.ObjectNode) obj.at("/metadata/labels")).put("tier", "front");
        Response put = s.call("PUT", deployments + "/u1", "application/json", obj.toString(), null);
        assertEquals(200, put.code(), put.text());
        assertTrue(entry(put.json(), "scaler", "Update") != null);
        assertTrue(entry(put.json(), "Java-http-client", "Update").at("/fieldsV1/f:metadata/f:labels/f:tier").isObject(),
                "no fieldManager: the User-Agent names the manager");
    }

    @Test
    void badApplyRequests() {
        Response noManager = s.patch(deployments + "/b1", APPLY, deployment("b1", 1, "nginx", ""));
        assertEquals(422, noManager.code());
        assertTrue(noManager.at("/message").contains("fieldManager"), noManager.text());
        Response wrongKind = s.patch(deployments + "/b1?fieldManager=x", APPLY, "apiVersion: v1\nkind: Pod\nmetadata: {name: b1}\n");
        assertEquals(400, wrongKind.code());
        Response noKind = s.patch(deployments + "/b1?fieldManager=x", APPLY, "metadata: {name: b1}\n");
        assertEquals(400, noKind.code());
        Response strict = s.patch(deployments + "/b1?fieldManager=x&fieldValidation=Strict", APPLY, deployment("b1", 1, "nginx", "  bogus: 1\n"));
        assertEquals(400, strict.code());
        assertTrue(strict.at("/message").contains("unknown field \"spec.bogus\""), strict.text());
        Response invalid = s.patch(deployments + "/b1?fieldManager=x", APPLY, deployment("b1", -1, "nginx", ""));
        assertEquals(422, invalid.code(), invalid.text());
        assertEquals(404, s.get(deployments + "/b1").code(), "nothing half-written");
        assertFalse(s.get(deployments).text().contains("\"b1\""));
    }
}
