package dev.jetpod.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.codec.Decoded;
import dev.jetpod.api.codec.ManifestReader;
import dev.jetpod.api.codec.ObjectDecoder;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.Scheme;
import dev.jetpod.api.scheme.TypeRules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A manifest as users write it, read, decoded and defaulted, must give the spec kube-apiserver stores for it
 * (server-allocated fields such as clusterIP aside), field for field.
 */
class DefaultedManifestTest {
    private final Scheme scheme = Scheme.builtin();

    @Test
    void userManifestBecomesWhatKubernetesStores() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/manifests/web.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Decoded<KubeObject<?>>> objects = new ObjectDecoder(scheme).decodeManifest(new ManifestReader().read("web.yaml", text));
        assertEquals(List.of(), objects.get(0).unknownFields());

        assertEquals(RulesFixture.JSON.readTree("""
                {"progressDeadlineSeconds":600,"replicas":2,"revisionHistoryLimit":10,"selector":{"matchLabels":{"app":"web"}},
                 "strategy":{"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"},
                 "template":{"metadata":{"creationTimestamp":null,"labels":{"app":"web"}},
                   "spec":{"containers":[{"image":"nginx:1.25","imagePullPolicy":"IfNotPresent","name":"nginx",
                       "ports":[{"containerPort":80,"protocol":"TCP"}],"resources":{"requests":{"cpu":"100m","memory":"128Mi"}},
                       "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],
                     "dnsPolicy":"ClusterFirst","restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},
                     "terminationGracePeriodSeconds":30}}}"""), defaulted(objects.get(0).object()).get("spec"));

        JsonNode svc = defaulted(objects.get(1).object());
        assertEquals(RulesFixture.JSON.readTree("""
                {"internalTrafficPolicy":"Cluster","ports":[{"port":80,"protocol":"TCP","targetPort":8080}],"selector":{"app":"web"},
                 "sessionAffinity":"None","type":"ClusterIP"}"""), svc.get("spec"));
        assertEquals(RulesFixture.JSON.readTree("{\"loadBalancer\":{}}"), svc.get("status"));

        JsonNode pod = defaulted(objects.get(2).object());
        assertEquals(RulesFixture.JSON.readTree("""
                {"containers":[{"command":["sleep","3600"],"image":"busybox","imagePullPolicy":"Always","name":"shell",
                   "resources":{"limits":{"cpu":"1","memory":"64Mi"},"requests":{"cpu":"1","memory":"64Mi"}},
                   "terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],
                 "dnsPolicy":"ClusterFirst","enableServiceLinks":true,"preemptionPolicy":"PreemptLowerPriority","priority":0,
                 "restartPolicy":"Always","schedulerName":"default-scheduler","securityContext":{},"serviceAccount":"default",
                 "serviceAccountName":"default","terminationGracePeriodSeconds":30}"""), pod.get("spec"));
        assertEquals("Guaranteed", pod.at("/status/qosClass").asText());
    }

    /** Defaults, validates (must be valid) and returns the JSON kube-apiserver would store. */
    private <T extends KubeObject<T>> ObjectNode defaulted(KubeObject<?> o) throws Exception {
        @SuppressWarnings("unchecked")
        T obj = (T) o;
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) obj.getClass();
        TypeRules<T> rules = scheme.rules(scheme.forType(type));
        T withNamespace = obj.withMetadata(obj.metadata().withNamespace("default"));
        T d = rules.applyDefaults(withNamespace);
        assertEquals(List.of(), rules.validateCreate(d), () -> type.getSimpleName() + " should be valid");
        return (ObjectNode) RulesFixture.JSON.readTree(RulesFixture.json(d));
    }
}
