package dev.jetpod.apiserver.patch;

import static dev.jetpod.apiserver.patch.PatchSchema.mergeList;
import static dev.jetpod.apiserver.patch.PatchSchema.object;
import static dev.jetpod.apiserver.patch.PatchSchema.primitiveMergeList;

import dev.jetpod.api.scheme.GroupVersionKind;
import java.util.Map;

/**
 * The strategic-merge schemas of the built-in kinds, transcribed from the patchStrategy/patchMergeKey tags of
 * Kubernetes' API types. Lists that Kubernetes leaves without a strategy (tolerations, envFrom, containerStatuses,
 * endpoint subsets, taints) are replaced whole, as kube-apiserver replaces them.
 */
public final class PatchSchemas {
    static final PatchSchema OBJECT_META = object(
            "finalizers", primitiveMergeList(),
            "ownerReferences", mergeList("uid"));

    static final PatchSchema CONTAINER = object(
            "ports", mergeList("containerPort"),
            "env", mergeList("name"),
            "volumeMounts", mergeList("mountPath"),
            "volumeDevices", mergeList("devicePath"));

    static final PatchSchema POD_SPEC = object(
            "volumes", mergeList("name"),
            "initContainers", mergeList("name", CONTAINER),
            "containers", mergeList("name", CONTAINER),
            "ephemeralContainers", mergeList("name", CONTAINER),
            "imagePullSecrets", mergeList("name"),
            "hostAliases", mergeList("ip"),
            "topologySpreadConstraints", mergeList("topologyKey"),
            "resourceClaims", mergeList("name"),
            "schedulingGates", mergeList("name"));

    static final PatchSchema CONDITIONS_STATUS = object("conditions", mergeList("type"));

    static final PatchSchema POD = object(
            "metadata", OBJECT_META,
            "spec", POD_SPEC,
            "status", object("conditions", mergeList("type"), "podIPs", mergeList("ip"), "hostIPs", mergeList("ip")));

    static final PatchSchema POD_TEMPLATE = object("metadata", OBJECT_META, "spec", POD_SPEC);

    static final PatchSchema WORKLOAD = object(
            "metadata", OBJECT_META,
            "spec", object("template", POD_TEMPLATE),
            "status", CONDITIONS_STATUS);

    static final PatchSchema NODE = object(
            "metadata", OBJECT_META,
            "spec", object("podCIDRs", primitiveMergeList()),
            "status", object("conditions", mergeList("type"), "addresses", mergeList("type")));

    static final PatchSchema SERVICE = object(
            "metadata", OBJECT_META,
            "spec", object("ports", mergeList("port")));

    static final PatchSchema WITH_CONDITIONS = object("metadata", OBJECT_META, "status", CONDITIONS_STATUS);

    static final PatchSchema METADATA_ONLY = object("metadata", OBJECT_META);

    private static final Map<GroupVersionKind, PatchSchema> BY_KIND = Map.of(
            new GroupVersionKind("", "v1", "Pod"), POD,
            new GroupVersionKind("", "v1", "Node"), NODE,
            new GroupVersionKind("", "v1", "Service"), SERVICE,
            new GroupVersionKind("", "v1", "Namespace"), WITH_CONDITIONS,
            new GroupVersionKind("apps", "v1", "ReplicaSet"), WORKLOAD,
            new GroupVersionKind("apps", "v1", "Deployment"), WORKLOAD,
            new GroupVersionKind("autoscaling", "v2", "HorizontalPodAutoscaler"), WITH_CONDITIONS);

    private PatchSchemas() {
    }

    public static PatchSchema forKind(GroupVersionKind gvk) {
        return BY_KIND.getOrDefault(gvk, METADATA_ONLY);
    }
}
