package dev.jetpod.client.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.Map;

/** Test objects written as a user writes them (YAML), decoded into the typed model. */
final class Manifests {
    private static final com.fasterxml.jackson.databind.ObjectMapper YAML = Codecs.yaml();

    private Manifests() {
    }

    static <T> T yaml(String text, Class<T> type) {
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ConfigMap configMap(String ns, String name, Map<String, String> labels, Map<String, String> data) {
        return ConfigMap.of(ObjectMeta.named(ns, name).withLabels(labels.isEmpty() ? null : labels), data);
    }

    static Pod pod(String ns, String name, Map<String, String> labels) {
        Pod p = yaml("""
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, namespace: %s}
                spec:
                  containers:
                  - name: main
                    image: busybox
                    command: [sleep, "3600"]
                """.formatted(name, ns), Pod.class);
        return labels.isEmpty() ? p : p.withMetadata(p.metadata().withLabels(labels));
    }

    static Deployment deployment(String ns, String name, int replicas) {
        return yaml("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s, namespace: %s}
                spec:
                  replicas: %d
                  selector: {matchLabels: {app: %s}}
                  template:
                    metadata: {labels: {app: %s}}
                    spec:
                      containers:
                      - {name: web, image: nginx}
                """.formatted(name, ns, replicas, name, name), Deployment.class);
    }
}
