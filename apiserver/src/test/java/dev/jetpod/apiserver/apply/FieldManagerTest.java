package dev.jetpod.apiserver.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ManagedFieldsEntry;
import dev.jetpod.api.schema.FieldRules;
import dev.jetpod.api.schema.Schemas;
import dev.jetpod.api.scheme.Resources;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server-side apply and Update bookkeeping on Deployments, case by case. */
class FieldManagerTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private final ObjectMapper json = Codecs.json();
    private final ObjectMapper yaml = Codecs.yaml();
    private final FieldManager<Deployment> fm = new FieldManager<>(Resources.DEPLOYMENTS,
            new Schemas(FieldRules.kubernetes()).of(Deployment.class), json);

    private ObjectNode y(String text) throws Exception {
        return (ObjectNode) yaml.readTree(text);
    }

    private Deployment decode(JsonNode tree) throws Exception {
        return json.treeToValue(tree, Deployment.class);
    }

    private static final String BASE = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: default}
            spec:
              replicas: %d
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: %s
            """;

    private Deployment applied(Deployment live, String config, String manager, boolean force) throws Exception {
        return decode(fm.apply(live, y(config), manager, "", force, T0));
    }

    private static ManagedFieldsEntry entry(Deployment d, String manager, String op) {
        return d.metadata().managedFields().stream().filter(e -> e.manager().equals(manager) && e.operation().equals(op)).findFirst().orElse(null);
    }

    @Test
    void applyCreatesAndOwnsWhatItSent() throws Exception {
        Deployment d = applied(null, BASE.formatted(2, "nginx:1"), "kubectl", false);
        assertEquals(2, d.spec().replicas());
        ManagedFieldsEntry e = entry(d, "kubectl", "Apply");
        assertEquals("apps/v1", e.apiVersion());
        assertEquals(T0, e.time());
        assertEquals("FieldsV1", e.fieldsType());
        assertTrue(e.fieldsV1().at("/f:spec/f:replicas").isObject());
        assertTrue(e.fieldsV1().at("/f:spec/f:template/f:spec/f:containers").has("k:{\"name\":\"web\"}"));
        assertFalse(e.fieldsV1().at("/f:metadata").has("f:name"), "the server's own fields are not owned");
    }

    @Test
    void reapplyWithoutAFieldRemovesItUnlessSomeoneElseOwnsIt() throws Exception {
        Deployment d = applied(null, BASE.formatted(2, "nginx:1") + "    nodeSelector: {disk: ssd}\n  minReadySeconds: 5\n", "kubectl", false);
        assertEquals(5, d.spec().minReadySeconds());
        Deployment again = applied(d, BASE.formatted(2, "nginx:1"), "kubectl", false);
        assertEquals(null, again.spec().minReadySeconds(), "no longer applied, nobody else owns it: removed");
        assertEquals(null, again.spec().template().spec().nodeSelector());

        // another applier owns minReadySeconds too (same value): it survives the first applier dropping it
        Deployment shared = applied(d, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {minReadySeconds: 5}\n", "team-b", false);
        Deployment kept = applied(shared, BASE.formatted(2, "nginx:1"), "kubectl", false);
        assertEquals(5, kept.spec().minReadySeconds());
    }

    @Test
    void changingAFieldAnotherManagerOwnsIsAConflictUnlessForced() throws Exception {
        Deployment created = fm.recordUpdate(null, decode(y(BASE.formatted(3, "nginx:1"))), "kubectl-create", "", T0);
        assertTrue(entry(created, "kubectl-create", "Update").fieldsV1().at("/f:spec/f:replicas").isObject());

        ApiException e = assertThrows(ApiException.class, () -> applied(created, BASE.formatted(5, "nginx:1"), "kubectl", false));
        assertEquals(409, e.code());
        assertEquals("Apply failed with 1 conflict: conflict with \"kubectl-create\" using apps/v1: .spec.replicas", e.getMessage());
        assertEquals("FieldManagerConflict", e.toStatus().details().causes().get(0).reason());
        assertEquals(".spec.replicas", e.toStatus().details().causes().get(0).field());

        ApiException two = assertThrows(ApiException.class, () -> applied(created, BASE.formatted(5, "nginx:2"), "kubectl", false));
        assertEquals("Apply failed with 2 conflicts: conflicts with \"kubectl-create\" using apps/v1:\n- .spec.replicas\n"
                + "- .spec.template.spec.containers[name=\"web\"].image", two.getMessage());

        Deployment same = applied(created, BASE.formatted(3, "nginx:1"), "kubectl", false);
        assertTrue(entry(same, "kubectl-create", "Update").fieldsV1().at("/f:spec/f:replicas").isObject(), "same value: shared ownership");
        assertTrue(entry(same, "kubectl", "Apply").fieldsV1().at("/f:spec/f:replicas").isObject());

        Deployment forced = applied(created, BASE.formatted(5, "nginx:1"), "kubectl", true);
        assertEquals(5, forced.spec().replicas());
        assertTrue(entry(forced, "kubectl-create", "Update").fieldsV1().at("/f:spec/f:replicas").isMissingNode(), "ownership moved");
    }

    @Test
    void listItemsMergeByKeyAndStayWithTheirOwners() throws Exception {
        Deployment d = applied(null, BASE.formatted(1, "nginx:1"), "kubectl", false);
        Deployment sidecar = applied(d, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  template:
                    spec:
                      containers:
                      - name: log
                        image: busybox
                      - name: web
                        env: [{name: LEVEL, value: debug}]
                """, "team-b", false);
        assertEquals(List.of("web", "log"), sidecar.spec().template().spec().containers().stream().map(c -> c.name()).toList());
        assertEquals("nginx:1", sidecar.spec().template().spec().containers().get(0).image());
        assertEquals("LEVEL", sidecar.spec().template().spec().containers().get(0).env().get(0).name());
        // the first applier re-applies its own view: the sidecar and the env it does not know stay
        Deployment again = applied(sidecar, BASE.formatted(1, "nginx:2"), "kubectl", false);
        assertEquals(2, again.spec().template().spec().containers().size());
        assertEquals("nginx:2", again.spec().template().spec().containers().get(0).image());
        assertEquals("debug", again.spec().template().spec().containers().get(0).env().get(0).value());
    }

    @Test
    void updatesTakeOwnershipOfWhatTheyChange() throws Exception {
        Deployment d = applied(null, BASE.formatted(2, "nginx:1"), "kubectl", false);
        Deployment scaled = fm.recordUpdate(d, d.withSpec(d.spec().withReplicas(7)), "kubectl-scale", "", T0.plusSeconds(5));
        assertTrue(entry(scaled, "kubectl-scale", "Update").fieldsV1().at("/f:spec/f:replicas").isObject());
        assertTrue(entry(scaled, "kubectl", "Apply").fieldsV1().at("/f:spec/f:replicas").isMissingNode());
        assertEquals("Apply", scaled.metadata().managedFields().get(0).operation(), "Apply entries sort first");
        // a write that sends no managedFields keeps the stored ones
        Deployment carried = fm.carryOver(scaled, scaled.withMetadata(scaled.metadata().withManagedFields(null)));
        assertEquals(scaled.metadata().managedFields(), carried.metadata().managedFields());
    }

    @Test
    void atMostTenUpdateManagersOlderOnesBecomeAncientChanges() throws Exception {
        Deployment d = fm.recordUpdate(null, decode(y(BASE.formatted(1, "nginx:1"))), "creator", "", T0);
        for (int i = 1; i <= 11; i++) {
            java.util.Map<String, String> labels = new java.util.TreeMap<>(d.metadata().labelsOrEmpty());
            labels.put("k" + i, "v");
            Deployment next = d.withMetadata(d.metadata().withLabels(labels));
            d = fm.recordUpdate(d, next, "labeler-" + i, "", T0.plusSeconds(i));
        }
        List<String> managers = d.metadata().managedFields().stream().map(ManagedFieldsEntry::manager).toList();
        assertEquals(10, managers.size(), managers.toString());
        assertTrue(managers.contains("ancient-changes"));
        assertFalse(managers.contains("creator"));
        assertTrue(managers.contains("labeler-11"));
        assertTrue(entry(d, "ancient-changes", "Update").fieldsV1().at("/f:spec/f:replicas").isObject(), "the oldest ownership is kept, folded");
    }

    @Test
    void portsMatchWithTheDefaultProtocolAndFinalizersMergeAsASet() throws Exception {
        String withPort = BASE.formatted(1, "nginx:1") + "        ports: [{containerPort: 80}]\n";
        Deployment d = applied(null, withPort, "kubectl", false);
        // as stored: the server defaulted protocol
        ObjectNode stored = json.valueToTree(d);
        ((ObjectNode) stored.at("/spec/template/spec/containers/0/ports/0")).put("protocol", "TCP");
        Deployment again = applied(decode(stored), withPort, "kubectl", false);
        assertEquals(1, again.spec().template().spec().containers().get(0).ports().size());

        Deployment f1 = applied(null, BASE.formatted(1, "x") + "metadata2: {}\n", "a", false);
        Deployment withFinalizer = applied(f1, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, finalizers: [a/one]}\n", "a", false);
        Deployment both = applied(withFinalizer, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, finalizers: [b/two]}\n", "b", false);
        assertEquals(List.of("a/one", "b/two"), both.metadata().finalizers());
    }

    @Test
    void recordCreateAnswersTheObjectsOwnTree() throws Exception {
        // a create that brings another manager's entry too, with quantities, times, numbers and a status
        Deployment d = decode(y("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: default
                  uid: 0b9c7a2e-1d2f-4c55-9a7e-5b1f2e3d4c5b
                  creationTimestamp: "2024-05-01T09:00:00Z"
                  labels: {app: web, tier: "1"}
                  annotations: {note: "quo\\"te"}
                  managedFields:
                  - {manager: other, operation: Update, apiVersion: apps/v1, time: "2024-05-01T09:00:00Z", fieldsType: FieldsV1,
                     fieldsV1: {"f:metadata": {"f:labels": {"f:tier": {}}}}}
                spec:
                  replicas: 3
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                      - name: web
                        image: nginx
                        ports: [{containerPort: 8080}]
                        resources: {requests: {cpu: 1500m, memory: 1Gi}}
                status: {replicas: 1}
                """));
        FieldManager.Recorded<Deployment> r = fm.recordCreate(d, "kubectl-create", null, T0);
        Deployment expected = fm.recordUpdate(null, d, "kubectl-create", null, T0);
        assertEquals(expected, r.object());
        assertEquals(json.writeValueAsString(r.object()), json.writeValueAsString(r.tree()), "the tree writes as the object does, field for field");
    }
}
