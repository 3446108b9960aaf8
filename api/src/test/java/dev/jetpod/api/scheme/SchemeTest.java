package dev.jetpod.api.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.meta.KubeObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeTest {
    private final Scheme scheme = Scheme.builtin();

    @Test
    void knowsEveryBuiltinKindByApiVersionAndKind() {
        List<String> expected = List.of("v1/Namespace", "v1/ConfigMap", "v1/Pod", "v1/Node", "v1/Event", "v1/Secret", "v1/Service",
                "v1/Endpoints", "v1/Binding", "apps/v1/ReplicaSet", "apps/v1/Deployment", "autoscaling/v2/HorizontalPodAutoscaler",
                "coordination.k8s.io/v1/Lease", "autoscaling/v1/HorizontalPodAutoscaler");
        for (String s : expected) {
            int slash = s.lastIndexOf('/');
            assertTrue(scheme.byKind(s.substring(0, slash), s.substring(slash + 1)).isPresent(), s);
        }
        assertEquals(expected.size(), scheme.all().size());
    }

    @Test
    void everyJavaTypeCarriesItsOwnTypeMetaConstants() throws Exception {
        for (ResourceType<?> t : scheme.all()) {
            Class<? extends KubeObject<?>> c = (Class<? extends KubeObject<?>>) (Class<?>) t.javaType();
            assertEquals(t.apiVersion(), c.getField("API_VERSION").get(null), t.kind());
            assertEquals(t.kind(), c.getField("KIND").get(null), t.kind());
        }
    }

    @Test
    void resolvesWhatUsersType() {
        assertEquals(List.of(Resources.PODS), scheme.resolve("po"));
        assertEquals(List.of(Resources.DEPLOYMENTS), scheme.resolve("deployments.apps"));
        assertEquals(List.of(Resources.HORIZONTAL_POD_AUTOSCALERS), scheme.resolve("hpa"), "the preferred version");
        assertEquals(List.of(Resources.HORIZONTAL_POD_AUTOSCALERS_V1), scheme.resolve("hpa.v1.autoscaling"));
        assertEquals(List.of(Resources.HORIZONTAL_POD_AUTOSCALERS), scheme.resolve("horizontalpodautoscalers.autoscaling"));
        assertEquals(Resources.PODS, scheme.forType(Pod.class));
        assertEquals(Resources.DEPLOYMENTS, scheme.forType(Deployment.class));
        assertEquals("/apis/apps/v1/namespaces/ns/deployments/web", Resources.DEPLOYMENTS.objectPath("ns", "web"));
    }

    @Test
    void bindingsAcceptOnlyCreate() {
        assertEquals(List.of("create"), Resources.BINDINGS.verbs());
        assertTrue(Resources.PODS.hasVerb("deletecollection"));
        assertTrue(Resources.DEPLOYMENTS.hasSubresource("scale"));
    }
}
