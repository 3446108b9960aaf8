package dev.jetpod.api.rules;

import static dev.jetpod.api.rules.RulesFixture.createErrors;
import static dev.jetpod.api.rules.RulesFixture.rules;
import static dev.jetpod.api.rules.RulesFixture.updateErrors;
import static dev.jetpod.api.rules.RulesFixture.yaml;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.TypeRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Namespaces, Nodes, ConfigMaps, Secrets, Events, Endpoints, Bindings, Leases. */
class CoreRulesTest {

    static void assertHas(List<String> errs, String expected) {
        assertTrue(errs.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected [" + expected + "] among " + errs);
    }

    @Test
    void everyBuiltinTypeHasItsOwnRules() {
        for (ResourceType<?> t : Resources.ALL) {
            assertOwnRules(t);
        }
    }

    /** Generic code over ResourceType<?> captures the type like this. */
    private static <T extends KubeObject<T>> void assertOwnRules(ResourceType<T> t) {
        TypeRules<T> r = RulesFixture.SCHEME.rules(t);
        if (RulesFixture.SCHEME.storedAs(t).isPresent()) {
            assertTrue(r instanceof dev.jetpod.api.conversion.ConvertedRules<?, ?>, t.apiVersion() + " " + t.kind() + " uses its stored version's rules");
            return;
        }
        assertTrue(r instanceof BaseRules<?> b && b.type() == t && !(r instanceof GenericRules<?>), t.kind());
    }

    @Test
    void namespaces() {
        Namespace ns = rules(Namespace.class).applyDefaults(yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n", Namespace.class));
        assertEquals("Active", ns.status().phase());
        assertEquals("team-a", ns.metadata().labels().get("kubernetes.io/metadata.name"));
        assertEquals(List.of("kubernetes"), ns.spec().finalizers());
        assertEquals(List.of(), createErrors(ns, Namespace.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: team.a}\n", Namespace.class), Namespace.class),
                "metadata.name: Invalid value: \"team.a\": must not contain dots");
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: a, namespace: b}\n", Namespace.class), Namespace.class),
                "metadata.namespace: Forbidden: not allowed on this type");
        assertEquals("Active", rules(Namespace.class).fieldLabels(ns).get("status.phase"));
    }

    @Test
    void nodes() {
        Node n = rules(Node.class).applyDefaults(yaml("apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\n"
                + "spec: {podCIDR: 10.244.1.0/24, taints: [{key: dedicated, value: gpu, effect: NoSchedule}]}\n"
                + "status: {capacity: {cpu: '4', memory: 8Gi}}\n", Node.class));
        assertEquals(List.of("10.244.1.0/24"), n.spec().podCIDRs());
        assertEquals(n.status().capacity(), n.status().allocatable());
        assertEquals(List.of(), createErrors(n, Node.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Node\nmetadata: {name: n}\nspec: {taints: [{key: k, effect: Sometimes}]}\n", Node.class), Node.class),
                "spec.taints[0].effect: Unsupported value: \"Sometimes\"");
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Node\nmetadata: {name: n}\nspec: {taints: [{key: k}]}\n", Node.class), Node.class),
                "spec.taints[0].effect: Required value");
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Node\nmetadata: {name: n}\nspec: {podCIDRs: [10.0.0.0/33]}\n", Node.class), Node.class),
                "spec.podCIDRs[0]: Invalid value: \"10.0.0.0/33\": must be a valid CIDR");
        Node changed = n.withSpec(n.spec().withPodCIDRs(List.of("10.244.2.0/24")).withPodCIDR("10.244.2.0/24"));
        assertEquals(List.of("spec.podCIDRs: Forbidden: node updates may not change podCIDR except from \"\" to valid"), updateErrors(changed, n, Node.class));
        Node unschedulable = n.withSpec(n.spec().withUnschedulable(true));
        assertEquals(List.of(), updateErrors(unschedulable, n, Node.class));
        assertEquals("true", rules(Node.class).fieldLabels(unschedulable).get("spec.unschedulable"));
    }

    @Test
    void configMaps() {
        ConfigMap ok = yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata: {app.conf: x, LEVEL: info}\n", ConfigMap.class);
        assertEquals(List.of(), createErrors(ok, ConfigMap.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata: {'a/b': x}\n", ConfigMap.class), ConfigMap.class),
                "data[a/b]: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.'");
        assertHas(createErrors(yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: default}\ndata: {k: x}\nbinaryData: {k: eA==}\n", ConfigMap.class), ConfigMap.class),
                "binaryData[k]: Invalid value: \"k\": duplicate of key present in data");
        ConfigMap big = ok.withData(Map.of("k", "x".repeat(1024 * 1024)));
        assertHas(createErrors(big, ConfigMap.class), "data: Too long: may not be more than 1048576 bytes");
        ConfigMap frozen = ok.withImmutable(true);
        assertEquals(List.of("data: Forbidden: field is immutable when `immutable` is set"),
                updateErrors(frozen.withData(Map.of("k", "changed")), frozen, ConfigMap.class));
        assertEquals(List.of("immutable: Forbidden: field is immutable when `immutable` is set"),
                updateErrors(frozen.withImmutable(false), frozen, ConfigMap.class));
        assertEquals(List.of(), updateErrors(ok.withData(Map.of("k", "changed")), ok, ConfigMap.class));
    }

    @Test
    void secrets() {
        Secret s = rules(Secret.class).applyDefaults(yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\n"
                + "data: {user: YWRtaW4=, pass: b2xk}\nstringData: {pass: new}\n", Secret.class));
        assertEquals("Opaque", s.type());
        assertEquals(null, s.stringData(), "stringData is write-only");
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), s.data().get("pass"), "stringData wins over data");
        assertArrayEquals("admin".getBytes(StandardCharsets.UTF_8), s.data().get("user"));
        assertEquals(List.of(), createErrors(s, Secret.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\ntype: kubernetes.io/tls\ndata: {tls.crt: eA==}\n", Secret.class), Secret.class),
                "data[tls.key]: Required value");
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\ntype: kubernetes.io/dockerconfigjson\ndata: {.dockerconfigjson: bm90IGpzb24=}\n", Secret.class), Secret.class),
                "data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\"");
        assertEquals(List.of("type: Invalid value: \"kubernetes.io/tls\": field is immutable"),
                updateErrors(s.withType("kubernetes.io/tls").withData(Map.of("tls.crt", new byte[] {1}, "tls.key", new byte[] {2})), s, Secret.class)
                        .stream().filter(e -> e.startsWith("type")).toList());
        assertEquals("Opaque", rules(Secret.class).fieldLabels(s).get("type"));
    }

    @Test
    void events() {
        Event e = rules(Event.class).applyDefaults(yaml("apiVersion: v1\nkind: Event\nmetadata: {name: x.1, namespace: default}\n"
                + "involvedObject: {kind: Pod, name: web, namespace: default}\nreason: Started\ntype: Normal\nsource: {component: kubelet}\n", Event.class));
        assertEquals("", e.reportingComponent());
        assertEquals(List.of(), createErrors(e, Event.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Event\nmetadata: {name: x.1, namespace: other}\ninvolvedObject: {kind: Pod, name: web, namespace: default}\n", Event.class), Event.class),
                "involvedObject.namespace: Invalid value: \"default\": does not match event.namespace");
        Event nodeEvent = yaml("apiVersion: v1\nkind: Event\nmetadata: {name: n.1, namespace: default}\ninvolvedObject: {kind: Node, name: node-1}\n", Event.class);
        assertEquals(List.of(), createErrors(nodeEvent, Event.class), "cluster-scoped objects' events live in default");
        Map<String, String> f = rules(Event.class).fieldLabels(e);
        assertEquals("web", f.get("involvedObject.name"));
        assertEquals("kubelet", f.get("source"));
        assertEquals("Started", f.get("reason"));
    }

    @Test
    void endpointsBindingsLeases() {
        Endpoints ep = rules(Endpoints.class).applyDefaults(yaml("apiVersion: v1\nkind: Endpoints\nmetadata: {name: web, namespace: default}\n"
                + "subsets: [{addresses: [{ip: 10.244.1.7}], ports: [{port: 8080}]}]\n", Endpoints.class));
        assertEquals("TCP", ep.subsets().get(0).ports().get(0).protocol());
        assertEquals(List.of(), createErrors(ep, Endpoints.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Endpoints\nmetadata: {name: web, namespace: default}\n"
                + "subsets: [{addresses: [{ip: not-an-ip}], ports: [{port: 80}, {port: 81}]}]\n", Endpoints.class), Endpoints.class),
                "subsets[0].addresses[0].ip: Invalid value: \"not-an-ip\": must be a valid IP address");

        Binding b = yaml("apiVersion: v1\nkind: Binding\nmetadata: {name: web, namespace: default}\ntarget: {kind: Node, name: node-1}\n", Binding.class);
        assertEquals(List.of(), createErrors(b, Binding.class));
        assertHas(createErrors(yaml("apiVersion: v1\nkind: Binding\nmetadata: {name: web, namespace: default}\ntarget: {kind: Pod}\n", Binding.class), Binding.class),
                "target.kind: Unsupported value: \"Pod\": supported values: \"Node\", \"<empty>\"");

        Lease l = yaml("apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata: {name: l, namespace: kube-system}\nspec: {leaseDurationSeconds: 0, leaseTransitions: -1}\n", Lease.class);
        List<String> errs = createErrors(l, Lease.class);
        assertTrue(errs.contains("spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0"), errs::toString);
        assertTrue(errs.contains("spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0"), errs::toString);
    }
}
