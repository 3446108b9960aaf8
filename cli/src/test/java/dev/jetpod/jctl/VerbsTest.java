package dev.jetpod.jctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbsTest {
    @Test
    void findsTheVerbPastGlobalFlagsAndTheirValues() {
        assertEquals("get", Verbs.verbIn(List.of("get", "pods")));
        assertEquals("get", Verbs.verbIn(List.of("-n", "get", "get", "pods")));
        assertEquals("apply", Verbs.verbIn(List.of("--kubeconfig", "k", "--context", "c", "-v", "6", "apply", "-f", "x")));
        assertEquals("delete", Verbs.verbIn(List.of("-v", "delete", "pod", "x")));
        assertEquals("rollout", Verbs.verbIn(List.of("--namespace=x", "rollout", "status", "deploy/web")));
        assertNull(Verbs.verbIn(List.of("--help")));
        assertNull(Verbs.verbIn(List.of("-h", "get")));
        assertEquals("get", Verbs.verbIn(List.of("get", "-h")));
        assertNull(Verbs.verbIn(List.of("gte", "pods")));
        assertNull(Verbs.verbIn(List.of("completion", "bash")), "completion needs every verb's model");
    }
}
