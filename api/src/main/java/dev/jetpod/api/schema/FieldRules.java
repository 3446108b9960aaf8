package dev.jetpod.api.schema;

import static dev.jetpod.api.schema.ListSemantics.mapByKeys;
import static dev.jetpod.api.schema.ListSemantics.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.jetpod.api.apps.v1.DeploymentCondition;
import dev.jetpod.api.apps.v1.DeploymentSpec;
import dev.jetpod.api.apps.v1.DeploymentStatus;
import dev.jetpod.api.apps.v1.ReplicaSetCondition;
import dev.jetpod.api.apps.v1.ReplicaSetSpec;
import dev.jetpod.api.apps.v1.ReplicaSetStatus;
import dev.jetpod.api.autoscaling.v2.ContainerResourceMetricSource;
import dev.jetpod.api.autoscaling.v2.CrossVersionObjectReference;
import dev.jetpod.api.autoscaling.v2.ExternalMetricSource;
import dev.jetpod.api.autoscaling.v2.HPAScalingPolicy;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerCondition;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerStatus;
import dev.jetpod.api.autoscaling.v2.MetricIdentifier;
import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.api.autoscaling.v2.ObjectMetricSource;
import dev.jetpod.api.autoscaling.v2.PodsMetricSource;
import dev.jetpod.api.autoscaling.v2.ResourceMetricSource;
import dev.jetpod.api.core.v1.AppArmorProfile;
import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.core.v1.ConfigMapKeySelector;
import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerPort;
import dev.jetpod.api.core.v1.ContainerResizePolicy;
import dev.jetpod.api.core.v1.ContainerStatus;
import dev.jetpod.api.core.v1.DownwardAPIVolumeFile;
import dev.jetpod.api.core.v1.EndpointAddress;
import dev.jetpod.api.core.v1.EndpointPort;
import dev.jetpod.api.core.v1.EnvVar;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.GRPCAction;
import dev.jetpod.api.core.v1.HTTPGetAction;
import dev.jetpod.api.core.v1.HTTPHeader;
import dev.jetpod.api.core.v1.HostPathVolumeSource;
import dev.jetpod.api.core.v1.KeyToPath;
import dev.jetpod.api.core.v1.LocalObjectReference;
import dev.jetpod.api.core.v1.NFSVolumeSource;
import dev.jetpod.api.core.v1.NodeAddress;
import dev.jetpod.api.core.v1.NodeCondition;
import dev.jetpod.api.core.v1.NodeSelector;
import dev.jetpod.api.core.v1.NodeSelectorRequirement;
import dev.jetpod.api.core.v1.NodeSelectorTerm;
import dev.jetpod.api.core.v1.NodeSpec;
import dev.jetpod.api.core.v1.NodeStatus;
import dev.jetpod.api.core.v1.ObjectFieldSelector;
import dev.jetpod.api.core.v1.ObjectReference;
import dev.jetpod.api.core.v1.PersistentVolumeClaimVolumeSource;
import dev.jetpod.api.core.v1.PodAffinityTerm;
import dev.jetpod.api.core.v1.PodCondition;
import dev.jetpod.api.core.v1.PodOS;
import dev.jetpod.api.core.v1.PodReadinessGate;
import dev.jetpod.api.core.v1.PodSchedulingGate;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.core.v1.PreferredSchedulingTerm;
import dev.jetpod.api.core.v1.ResourceClaim;
import dev.jetpod.api.core.v1.ResourceFieldSelector;
import dev.jetpod.api.core.v1.ResourceRequirements;
import dev.jetpod.api.core.v1.SeccompProfile;
import dev.jetpod.api.core.v1.SecretKeySelector;
import dev.jetpod.api.core.v1.ServiceAccountTokenProjection;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.core.v1.ServiceSpec;
import dev.jetpod.api.core.v1.ServiceStatus;
import dev.jetpod.api.core.v1.SleepAction;
import dev.jetpod.api.core.v1.Sysctl;
import dev.jetpod.api.core.v1.TCPSocketAction;
import dev.jetpod.api.core.v1.Taint;
import dev.jetpod.api.core.v1.TopologySpreadConstraint;
import dev.jetpod.api.core.v1.Volume;
import dev.jetpod.api.core.v1.VolumeDevice;
import dev.jetpod.api.core.v1.VolumeMount;
import dev.jetpod.api.core.v1.WeightedPodAffinityTerm;
import dev.jetpod.api.meta.Condition;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.LabelSelectorRequirement;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.OwnerReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merge semantics Kubernetes declares on its Go API types with struct tags and markers, transcribed per Java
 * record and JSON field: which lists merge by which keys ({@code +listType=map +listMapKey}, {@code patchMergeKey}),
 * which are sets, which maps and structs are atomic, which fields the OpenAPI schema marks required, and the
 * defaults of list-map key fields. Lists not named here are atomic, as they are in Kubernetes. One table feeds the
 * OpenAPI {@code x-kubernetes-*} extensions, server-side apply, unknown-field detection, the apiserver's strategic
 * merge patch and jctl's client-side apply ({@link PatchMeta}); FieldRulesCoverageTest holds it against an
 * independent list of Kubernetes' struct tags.
 */
public final class FieldRules {
    private final Map<FieldKey, ListSemantics> lists = new HashMap<>();
    private final Set<FieldKey> atomicMaps = new HashSet<>();
    private final Set<Class<?>> atomicStructs = new HashSet<>();
    private final Map<Class<?>, List<String>> required = new HashMap<>();
    private final Map<FieldKey, JsonNode> keyDefaults = new HashMap<>();
    private final Map<FieldKey, String> structPatchStrategies = new HashMap<>();

    private record FieldKey(Class<?> owner, String field) {
    }

    /** The rules of the built-in kinds. */
    public static FieldRules kubernetes() {
        FieldRules r = new FieldRules();
        r.list(ObjectMeta.class, "finalizers", set())
                .list(ObjectMeta.class, "ownerReferences", mapByKeys("uid"))
                .list(PodSpec.class, "volumes", mapByKeys("name").withRetainKeys())
                .list(PodSpec.class, "initContainers", mapByKeys("name"))
                .list(PodSpec.class, "containers", mapByKeys("name"))
                .list(PodSpec.class, "imagePullSecrets", mapByKeys("name"))
                .list(PodSpec.class, "hostAliases", mapByKeys("ip"))
                .list(PodSpec.class, "topologySpreadConstraints", mapByKeys("topologyKey", "topologyKey", "whenUnsatisfiable"))
                .list(PodSpec.class, "schedulingGates", mapByKeys("name"))
                .atomicMap(PodSpec.class, "nodeSelector")
                .list(Container.class, "ports", mapByKeys("containerPort", "containerPort", "protocol"))
                .list(Container.class, "env", mapByKeys("name"))
                .list(Container.class, "volumeMounts", mapByKeys("mountPath"))
                .list(Container.class, "volumeDevices", mapByKeys("devicePath"))
                .list(ResourceRequirements.class, "claims", new ListSemantics(ListSemantics.Kind.MAP, List.of("name"), null, null))
                .list(PodStatus.class, "conditions", mapByKeys("type"))
                .list(PodStatus.class, "podIPs", mapByKeys("ip"))
                .list(PodStatus.class, "hostIPs", ListSemantics.atomicMergedBy("ip"))
                .list(ContainerStatus.class, "volumeMounts", mapByKeys("mountPath"))
                .list(NodeSpec.class, "podCIDRs", set())
                .list(NodeStatus.class, "conditions", mapByKeys("type"))
                .list(NodeStatus.class, "addresses", mapByKeys("type"))
                .list(ServiceSpec.class, "ports", mapByKeys("port", "port", "protocol"))
                .atomicMap(ServiceSpec.class, "selector")
                .list(ServiceStatus.class, "conditions", mapByKeys("type"))
                .list(DeploymentStatus.class, "conditions", mapByKeys("type"))
                .list(ReplicaSetStatus.class, "conditions", mapByKeys("type"))
                .list(HorizontalPodAutoscalerStatus.class, "conditions", mapByKeys("type"))
                .structPatchStrategy(DeploymentSpec.class, "strategy", "retainKeys");
        r.keyDefault(ContainerPort.class, "protocol", "TCP")
                .keyDefault(ServicePort.class, "protocol", "TCP");
        for (Class<?> c : List.of(LabelSelector.class, NodeSelector.class, NodeSelectorTerm.class, LocalObjectReference.class,
                ObjectReference.class, ConfigMapKeySelector.class, SecretKeySelector.class, ObjectFieldSelector.class,
                ResourceFieldSelector.class)) {
            r.atomicStructs.add(c);
        }
        r.required(PodSpec.class, "containers")
                .required(Container.class, "name")
                .required(Volume.class, "name")
                .required(ContainerPort.class, "containerPort")
                .required(EnvVar.class, "name")
                .required(VolumeMount.class, "name", "mountPath")
                .required(VolumeDevice.class, "name", "devicePath")
                .required(ServicePort.class, "port")
                .required(DeploymentSpec.class, "selector", "template")
                .required(ReplicaSetSpec.class, "selector")
                .required(LabelSelectorRequirement.class, "key", "operator")
                .required(NodeSelectorRequirement.class, "key", "operator")
                .required(NodeSelector.class, "nodeSelectorTerms")
                .required(Taint.class, "key", "effect")
                .required(OwnerReference.class, "apiVersion", "kind", "name", "uid")
                .required(HorizontalPodAutoscalerSpec.class, "scaleTargetRef", "maxReplicas")
                .required(dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscalerSpec.class, "scaleTargetRef", "maxReplicas")
                .required(dev.jetpod.api.autoscaling.v1.CrossVersionObjectReference.class, "kind", "name")
                .required(CrossVersionObjectReference.class, "kind", "name")
                .required(MetricSpec.class, "type")
                .required(MetricTarget.class, "type")
                .required(MetricIdentifier.class, "name")
                .required(ResourceMetricSource.class, "name", "target")
                .required(PodsMetricSource.class, "metric", "target")
                .required(ObjectMetricSource.class, "describedObject", "target", "metric")
                .required(ExternalMetricSource.class, "metric", "target")
                .required(ContainerResourceMetricSource.class, "name", "target", "container")
                .required(HPAScalingPolicy.class, "type", "value", "periodSeconds")
                .required(PodCondition.class, "type", "status")
                .required(NodeCondition.class, "type", "status")
                .required(DeploymentCondition.class, "type", "status")
                .required(ReplicaSetCondition.class, "type", "status")
                .required(HorizontalPodAutoscalerCondition.class, "type", "status")
                .required(Condition.class, "type", "status", "lastTransitionTime", "reason", "message")
                .required(NodeAddress.class, "type", "address")
                .required(ContainerStatus.class, "name", "ready", "restartCount", "image", "imageID")
                .required(KeyToPath.class, "key", "path")
                .required(ConfigMapKeySelector.class, "key")
                .required(SecretKeySelector.class, "key")
                .required(ObjectFieldSelector.class, "fieldPath")
                .required(ResourceFieldSelector.class, "resource")
                .required(DownwardAPIVolumeFile.class, "path")
                .required(HTTPGetAction.class, "port")
                .required(TCPSocketAction.class, "port")
                .required(GRPCAction.class, "port")
                .required(HTTPHeader.class, "name", "value")
                .required(SleepAction.class, "seconds")
                .required(EndpointAddress.class, "ip")
                .required(EndpointPort.class, "port")
                .required(Event.class, "metadata", "involvedObject")
                .required(Binding.class, "target")
                .required(TopologySpreadConstraint.class, "maxSkew", "topologyKey", "whenUnsatisfiable")
                .required(PodAffinityTerm.class, "topologyKey")
                .required(WeightedPodAffinityTerm.class, "weight", "podAffinityTerm")
                .required(PreferredSchedulingTerm.class, "weight", "preference")
                .required(HostPathVolumeSource.class, "path")
                .required(NFSVolumeSource.class, "server", "path")
                .required(PersistentVolumeClaimVolumeSource.class, "claimName")
                .required(ServiceAccountTokenProjection.class, "path")
                .required(ResourceClaim.class, "name")
                .required(PodSchedulingGate.class, "name")
                .required(PodReadinessGate.class, "conditionType")
                .required(Sysctl.class, "name", "value")
                .required(ContainerResizePolicy.class, "resourceName", "restartPolicy")
                .required(SeccompProfile.class, "type")
                .required(AppArmorProfile.class, "type")
                .required(PodOS.class, "name");
        return r;
    }

    private FieldRules list(Class<?> owner, String field, ListSemantics s) {
        lists.put(new FieldKey(owner, field), s);
        return this;
    }

    private FieldRules atomicMap(Class<?> owner, String field) {
        atomicMaps.add(new FieldKey(owner, field));
        return this;
    }

    private FieldRules required(Class<?> owner, String... fields) {
        required.put(owner, List.of(fields));
        return this;
    }

    private FieldRules keyDefault(Class<?> owner, String field, String value) {
        keyDefaults.put(new FieldKey(owner, field), TextNode.valueOf(value));
        return this;
    }

    private FieldRules structPatchStrategy(Class<?> owner, String field, String strategy) {
        structPatchStrategies.put(new FieldKey(owner, field), strategy);
        return this;
    }

    /** The list semantics of {@code owner.field}; atomic unless declared. */
    public ListSemantics listSemantics(Class<?> owner, String field) {
        return lists.getOrDefault(new FieldKey(owner, field), ListSemantics.ATOMIC);
    }

    public boolean isAtomicMap(Class<?> owner, String field) {
        return atomicMaps.contains(new FieldKey(owner, field));
    }

    public boolean isAtomicStruct(Class<?> type) {
        return atomicStructs.contains(type);
    }

    public boolean isRequired(Class<?> owner, String field) {
        return required.getOrDefault(owner, List.of()).contains(field);
    }

    public JsonNode keyDefault(Class<?> owner, String field) {
        return keyDefaults.get(new FieldKey(owner, field));
    }

    /** The patchStrategy of a struct-valued field ({@code retainKeys} on a Deployment's strategy). */
    public Optional<String> structPatchStrategy(Class<?> owner, String field) {
        return Optional.ofNullable(structPatchStrategies.get(new FieldKey(owner, field)));
    }

    /** Every (type, field) this table names, for checking that each still exists on its record. */
    public Map<Class<?>, Set<String>> namedFields() {
        Map<Class<?>, Set<String>> out = new HashMap<>();
        lists.keySet().forEach(k -> out.computeIfAbsent(k.owner(), c -> new HashSet<>()).add(k.field()));
        atomicMaps.forEach(k -> out.computeIfAbsent(k.owner(), c -> new HashSet<>()).add(k.field()));
        keyDefaults.keySet().forEach(k -> out.computeIfAbsent(k.owner(), c -> new HashSet<>()).add(k.field()));
        structPatchStrategies.keySet().forEach(k -> out.computeIfAbsent(k.owner(), c -> new HashSet<>()).add(k.field()));
        required.forEach((c, fs) -> out.computeIfAbsent(c, x -> new HashSet<>()).addAll(fs));
        return out;
    }
}
