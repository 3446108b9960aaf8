package dev.jetpod.jctl.apply;

import static dev.jetpod.jctl.apply.PatchMeta.mergeList;
import static dev.jetpod.jctl.apply.PatchMeta.object;
import static dev.jetpod.jctl.apply.PatchMeta.primitiveMergeList;

import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.Resources;
import java.util.Map;

/**
 * The strategic-merge metadata of the built-in kinds, transcribed from the patchStrategy/patchMergeKey tags of
 * Kubernetes' API types (the same facts the apiserver's patch applier works from). Lists Kubernetes leaves without
 * a strategy — tolerations, envFrom, args, command, HPA metrics — are replaced whole.
 */
public final class PatchMetas {
    static final PatchMeta OBJECT_META = object(
            "finalizers", primitiveMergeList(),
            "ownerReferences", mergeList("uid"));

    static final PatchMeta CONTAINER = object(
            "ports", mergeList("containerPort"),
            "env", mergeList("name"),
            "volumeMounts", mergeList("mountPath"),
            "volumeDevices", mergeList("devicePath"));

    static final PatchMeta POD_SPEC = object(
            "volumes", mergeList("name", PatchMeta.ANY.retainingKeys()),
            "initContainers", mergeList("name", CONTAINER),
            "containers", mergeList("name", CONTAINER),
            "ephemeralContainers", mergeList("name", CONTAINER),
            "imagePullSecrets", mergeList("name"),
            "hostAliases", mergeList("ip"),
            "topologySpreadConstraints", mergeList("topologyKey"),
            "resourceClaims", mergeList("name", PatchMeta.ANY.retainingKeys()),
            "schedulingGates", mergeList("name"));

    static final PatchMeta POD = object(
            "metadata", OBJECT_META,
            "spec", POD_SPEC,
            "status", object("conditions", mergeList("type"), "podIPs", mergeList("ip"), "hostIPs", mergeList("ip")));

    static final PatchMeta POD_TEMPLATE = object("metadata", OBJECT_META, "spec", POD_SPEC);

    static final PatchMeta REPLICA_SET = object(
            "metadata", OBJECT_META,
            "spec", object("template", POD_TEMPLATE),
            "status", object("conditions", mergeList("type")));

    static final PatchMeta DEPLOYMENT = object(
            "metadata", OBJECT_META,
            "spec", object("template", POD_TEMPLATE, "strategy", PatchMeta.ANY.retainingKeys()),
            "status", object("conditions", mergeList("type")));

    static final PatchMeta NODE = object(
            "metadata", OBJECT_META,
            "spec", object("podCIDRs", primitiveMergeList()),
            "status", object("conditions", mergeList("type"), "addresses", mergeList("type")));

    static final PatchMeta SERVICE = object(
            "metadata", OBJECT_META,
            "spec", object("ports", mergeList("port")));

    static final PatchMeta WITH_CONDITIONS = object("metadata", OBJECT_META, "status", object("conditions", mergeList("type")));

    static final PatchMeta METADATA_ONLY = object("metadata", OBJECT_META);

    private static final Map<GroupVersionKind, PatchMeta> BY_KIND = Map.of(
            Resources.PODS.gvk(), POD,
            Resources.NODES.gvk(), NODE,
            Resources.SERVICES.gvk(), SERVICE,
            Resources.NAMESPACES.gvk(), WITH_CONDITIONS,
            Resources.REPLICASETS.gvk(), REPLICA_SET,
            Resources.DEPLOYMENTS.gvk(), DEPLOYMENT,
            Resources.HORIZONTAL_POD_AUTOSCALERS.gvk(), WITH_CONDITIONS);

    private PatchMetas() {
    }

    public static PatchMeta forKind(GroupVersionKind gvk) {
        return BY_KIND.getOrDefault(gvk, METADATA_ONLY);
    }
}
