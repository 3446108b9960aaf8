package dev.jetpod.jctl.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.jctl.CliException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceArgsTest {
    final Kinds kinds = new Kinds(new Scheme(Resources.ALL));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"po, pods", "pod, pods", "pods, pods", "Pod, pods", "no, nodes", "rs, replicasets", "deploy, deployments",
            "deployments.apps, deployments", "hpa, horizontalpodautoscalers", "svc, services", "ns, namespaces", "ev, events",
            "cm, configmaps", "secrets, secrets", "leases, leases", "ep, endpoints"})
    void shortNamesResolve(String typed, String plural) {
        assertEquals(plural, kinds.resolve(typed).plural());
    }

    @Test
    void formsOfNaming() {
        var s = ResourceArgs.parse(List.of("po", "a", "b"), kinds);
        assertEquals(1, s.size());
        assertEquals(List.of("a", "b"), s.get(0).names());
        s = ResourceArgs.parse(List.of("pod/a", "po/b", "svc/c"), kinds);
        assertEquals(2, s.size());
        assertEquals(List.of("a", "b"), s.get(0).names());
        assertEquals(Resources.SERVICES, s.get(1).type());
        s = ResourceArgs.parse(List.of("pods,deploy"), kinds);
        assertEquals(List.of(Resources.PODS, Resources.DEPLOYMENTS), s.stream().map(ResourceArgs.Selection::type).toList());
        s = ResourceArgs.parse(List.of("all"), kinds);
        assertEquals(List.of(Resources.PODS, Resources.SERVICES, Resources.DEPLOYMENTS, Resources.REPLICASETS, Resources.HORIZONTAL_POD_AUTOSCALERS),
                s.stream().map(ResourceArgs.Selection::type).toList(), "preferred versions only (no autoscaling/v1 HPAs twice)");
        assertEquals(Resources.HORIZONTAL_POD_AUTOSCALERS_V1, kinds.resolve("hpa.v1.autoscaling"), "resource.version.group, as kubectl");
    }

    @Test
    void mistakes() {
        assertEquals("the server doesn't have a resource type \"foo\"",
                assertThrows(CliException.class, () -> ResourceArgs.parse(List.of("foo"), kinds)).getMessage());
        assertThrows(CliException.class, () -> ResourceArgs.parse(List.of("pods,svc", "a"), kinds));
        assertThrows(CliException.class, () -> ResourceArgs.parse(List.of("pod", "pod/a"), kinds));
        assertThrows(CliException.class, () -> ResourceArgs.parse(List.of("pod/"), kinds));
        assertThrows(CliException.class, () -> ResourceArgs.parse(List.of(), kinds));
    }
}
