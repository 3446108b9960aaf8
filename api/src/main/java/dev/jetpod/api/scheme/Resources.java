package dev.jetpod.api.scheme;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.core.v1.Service;
import java.util.List;
import java.util.Set;

/**
 * The built-in resource types, one constant each, with the names, short names, subresources and verbs
 * kube-apiserver gives them in discovery. autoscaling/v1 Scale is no resource of its own: it is the type of the
 * {@code scale} subresource of ReplicaSets and Deployments.
 */
public final class Resources {
    private Resources() {
    }

    public static final ResourceType<Namespace> NAMESPACES = new ResourceType<>(
            new GroupVersionKind("", "v1", "Namespace"), "namespaces", "namespace", List.of("ns"), false,
            Namespace.class, Set.of("status", "finalize"), List.of(),
            List.of("create", "delete", "get", "list", "patch", "update", "watch"));

    public static final ResourceType<ConfigMap> CONFIGMAPS = new ResourceType<>(
            new GroupVersionKind("", "v1", "ConfigMap"), "configmaps", "configmap", List.of("cm"), true,
            ConfigMap.class, Set.of(), List.of());

    public static final ResourceType<Pod> PODS = new ResourceType<>(
            new GroupVersionKind("", "v1", "Pod"), "pods", "pod", List.of("po"), true,
            Pod.class, Set.of("status", "binding", "log", "exec"), List.of("all"));

    public static final ResourceType<Node> NODES = new ResourceType<>(
            new GroupVersionKind("", "v1", "Node"), "nodes", "node", List.of("no"), false,
            Node.class, Set.of("status"), List.of());

    public static final ResourceType<Event> EVENTS = new ResourceType<>(
            new GroupVersionKind("", "v1", "Event"), "events", "event", List.of("ev"), true,
            Event.class, Set.of(), List.of());

    public static final ResourceType<Secret> SECRETS = new ResourceType<>(
            new GroupVersionKind("", "v1", "Secret"), "secrets", "secret", List.of(), true,
            Secret.class, Set.of(), List.of());

    public static final ResourceType<Service> SERVICES = new ResourceType<>(
            new GroupVersionKind("", "v1", "Service"), "services", "service", List.of("svc"), true,
            Service.class, Set.of("status"), List.of("all"));

    public static final ResourceType<Endpoints> ENDPOINTS = new ResourceType<>(
            new GroupVersionKind("", "v1", "Endpoints"), "endpoints", "endpoints", List.of("ep"), true,
            Endpoints.class, Set.of(), List.of());

    /** POST-only, like kube-apiserver's "bindings"; the usual path is the pods/binding subresource. */
    public static final ResourceType<Binding> BINDINGS = new ResourceType<>(
            new GroupVersionKind("", "v1", "Binding"), "bindings", "binding", List.of(), true,
            Binding.class, Set.of(), List.of(), List.of("create"));

    public static final ResourceType<ReplicaSet> REPLICASETS = new ResourceType<>(
            new GroupVersionKind("apps", "v1", "ReplicaSet"), "replicasets", "replicaset", List.of("rs"), true,
            ReplicaSet.class, Set.of("status", "scale"), List.of("all"));

    public static final ResourceType<Deployment> DEPLOYMENTS = new ResourceType<>(
            new GroupVersionKind("apps", "v1", "Deployment"), "deployments", "deployment", List.of("deploy"), true,
            Deployment.class, Set.of("status", "scale"), List.of("all"));

    public static final ResourceType<HorizontalPodAutoscaler> HORIZONTAL_POD_AUTOSCALERS = new ResourceType<>(
            new GroupVersionKind("autoscaling", "v2", "HorizontalPodAutoscaler"), "horizontalpodautoscalers",
            "horizontalpodautoscaler", List.of("hpa"), true,
            HorizontalPodAutoscaler.class, Set.of("status"), List.of("all"));

    /**
     * autoscaling/v1 HorizontalPodAutoscalers (what kubectl up to 1.32 creates): the same objects as
     * {@link #HORIZONTAL_POD_AUTOSCALERS}, stored as v2 and converted ({@code Conversions}). Listed after v2, so v2 stays
     * the group's preferred version.
     */
    public static final ResourceType<dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler> HORIZONTAL_POD_AUTOSCALERS_V1 = new ResourceType<>(
            new GroupVersionKind("autoscaling", "v1", "HorizontalPodAutoscaler"), "horizontalpodautoscalers",
            "horizontalpodautoscaler", List.of("hpa"), true,
            dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler.class, Set.of("status"), List.of("all"));

    public static final ResourceType<Lease> LEASES = new ResourceType<>(
            new GroupVersionKind("coordination.k8s.io", "v1", "Lease"), "leases", "lease", List.of(), true,
            Lease.class, Set.of(), List.of());

    public static final List<ResourceType<?>> ALL = List.of(NAMESPACES, CONFIGMAPS, PODS, NODES, EVENTS, SECRETS,
            SERVICES, ENDPOINTS, BINDINGS, REPLICASETS, DEPLOYMENTS, HORIZONTAL_POD_AUTOSCALERS, LEASES, HORIZONTAL_POD_AUTOSCALERS_V1);
}
