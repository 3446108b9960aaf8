package dev.jetpod.apiserver.protobuf;

import dev.jetpod.api.apps.v1.*;
import dev.jetpod.api.autoscaling.v2.*;
import dev.jetpod.api.coordination.v1.*;
import dev.jetpod.api.core.v1.*;
import dev.jetpod.api.meta.Condition;
import dev.jetpod.api.meta.LabelSelector;
import dev.jetpod.api.meta.LabelSelectorRequirement;
import dev.jetpod.api.meta.ManagedFieldsEntry;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.meta.OwnerReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The protobuf field numbers of the API types, as Kubernetes' {@code generated.proto} files of k8s.io/api and
 * k8s.io/apimachinery define them (a wire fact), per Java record and keyed to the JSON field name; the value types
 * come from the record itself (dev.jetpod.api.schema). Go's embedded structs are messages of their own on the
 * wire whose fields JSON inlines ({@code ConfigMapKeySelector.localObjectReference.name} is JSON's {@code name});
 * those are {@link Slot.Inline}. Numbers of fields Jetpod's types do not have are left out and skipped when read.
 */
public final class ProtoFields {
    /** Where a field number's value goes: a named JSON field, or inlined fields of an embedded message. */
    public sealed interface Slot {
        record Named(String json) implements Slot {
        }

        record Inline(Map<Integer, Slot> slots) implements Slot {
        }
    }

    private static final Map<Integer, Slot> LOCAL_OBJECT_REFERENCE = slots("1 name");
    private static final Map<Integer, Slot> PROBE_HANDLER = slots("1 exec, 2 httpGet, 3 tcpSocket, 4 grpc");
    private static final Map<Integer, Slot> VOLUME_SOURCE = slots("1 hostPath, 2 emptyDir, 6 secret, 7 nfs, 10 persistentVolumeClaim, "
            + "16 downwardAPI, 19 configMap, 26 projected, 30 image");

    private final Map<Class<?>, Map<Integer, Slot>> byType = new HashMap<>();

    /** The slots of a message, empty for a type without a table entry. */
    public Map<Integer, Slot> of(Class<?> type) {
        return byType.getOrDefault(type, Map.of());
    }

    /** Every type with a table entry and its named fields, for checking the table against the records. */
    Map<Class<?>, Map<Integer, Slot>> all() {
        return byType;
    }

    private ProtoFields message(Class<?> type, String spec) {
        byType.computeIfAbsent(type, t -> new HashMap<>()).putAll(slots(spec));
        return this;
    }

    private ProtoFields inline(Class<?> type, int number, Map<Integer, Slot> embedded) {
        byType.computeIfAbsent(type, t -> new HashMap<>()).put(number, new Slot.Inline(embedded));
        return this;
    }

    /** "1 name, 2 value" → {1: name, 2: value}. */
    private static Map<Integer, Slot> slots(String spec) {
        Map<Integer, Slot> m = new HashMap<>();
        for (String part : spec.split(",")) {
            String[] nv = part.trim().split(" ");
            m.put(Integer.parseInt(nv[0]), new Slot.Named(nv[1]));
        }
        return m;
    }

    public static ProtoFields kubernetes() {
        return new ProtoFields()
                .message(Affinity.class, "1 nodeAffinity, 2 podAffinity, 3 podAntiAffinity")
                .message(AppArmorProfile.class, "1 type, 2 localhostProfile")
                .message(Capabilities.class, "1 add, 2 drop")
                .message(ClientIPConfig.class, "1 timeoutSeconds")
                .message(ConfigMap.class, "1 metadata, 2 data, 3 binaryData, 4 immutable")
                .message(ConfigMapEnvSource.class, "2 optional")
                .inline(ConfigMapEnvSource.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(ConfigMapKeySelector.class, "2 key, 3 optional")
                .inline(ConfigMapKeySelector.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(ConfigMapProjection.class, "2 items, 4 optional")
                .inline(ConfigMapProjection.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(ConfigMapVolumeSource.class, "2 items, 3 defaultMode, 4 optional")
                .inline(ConfigMapVolumeSource.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(Container.class, "1 name, 2 image, 3 command, 4 args, 5 workingDir, 6 ports, 7 env, 8 resources, 9 volumeMounts, 10 livenessProbe, 11 readinessProbe, 12 lifecycle, 13 terminationMessagePath, 14 imagePullPolicy, 15 securityContext, 16 stdin, 17 stdinOnce, 18 tty, 19 envFrom, 20 terminationMessagePolicy, 21 volumeDevices, 22 startupProbe, 23 resizePolicy, 24 restartPolicy")
                .message(ContainerImage.class, "1 names, 2 sizeBytes")
                .message(ContainerPort.class, "1 name, 2 hostPort, 3 containerPort, 4 protocol, 5 hostIP")
                .message(ContainerResizePolicy.class, "1 resourceName, 2 restartPolicy")
                .message(ContainerState.class, "1 waiting, 2 running, 3 terminated")
                .message(ContainerStateRunning.class, "1 startedAt")
                .message(ContainerStateTerminated.class, "1 exitCode, 2 signal, 3 reason, 4 message, 5 startedAt, 6 finishedAt, 7 containerID")
                .message(ContainerStateWaiting.class, "1 reason, 2 message")
                .message(ContainerStatus.class, "1 name, 2 state, 3 lastState, 4 ready, 5 restartCount, 6 image, 7 imageID, 8 containerID, 9 started, 10 allocatedResources, 11 resources, 12 volumeMounts")
                .message(DownwardAPIProjection.class, "1 items")
                .message(DownwardAPIVolumeFile.class, "1 path, 2 fieldRef, 3 resourceFieldRef, 4 mode")
                .message(DownwardAPIVolumeSource.class, "1 items, 2 defaultMode")
                .message(EmptyDirVolumeSource.class, "1 medium, 2 sizeLimit")
                .message(EndpointAddress.class, "1 ip, 2 targetRef, 3 hostname, 4 nodeName")
                .message(EndpointPort.class, "1 name, 2 port, 3 protocol, 4 appProtocol")
                .message(EndpointSubset.class, "1 addresses, 2 notReadyAddresses, 3 ports")
                .message(Endpoints.class, "1 metadata, 2 subsets")
                .message(EnvFromSource.class, "1 prefix, 2 configMapRef, 3 secretRef")
                .message(EnvVar.class, "1 name, 2 value, 3 valueFrom")
                .message(EnvVarSource.class, "1 fieldRef, 2 resourceFieldRef, 3 configMapKeyRef, 4 secretKeyRef")
                .message(Event.class, "1 metadata, 2 involvedObject, 3 reason, 4 message, 5 source, 6 firstTimestamp, 7 lastTimestamp, 8 count, 9 type, 10 eventTime, 11 series, 12 action, 13 related, 14 reportingComponent, 15 reportingInstance")
                .message(EventSeries.class, "1 count, 2 lastObservedTime")
                .message(EventSource.class, "1 component, 2 host")
                .message(ExecAction.class, "1 command")
                .message(GRPCAction.class, "1 port, 2 service")
                .message(HTTPGetAction.class, "1 path, 2 port, 3 host, 4 scheme, 5 httpHeaders")
                .message(HTTPHeader.class, "1 name, 2 value")
                .message(HostAlias.class, "1 ip, 2 hostnames")
                .message(HostIP.class, "1 ip")
                .message(HostPathVolumeSource.class, "1 path, 2 type")
                .message(ImageVolumeSource.class, "1 reference, 2 pullPolicy")
                .message(KeyToPath.class, "1 key, 2 path, 3 mode")
                .message(Lifecycle.class, "1 postStart, 2 preStop, 3 stopSignal")
                .message(LifecycleHandler.class, "1 exec, 2 httpGet, 3 tcpSocket, 4 sleep")
                .message(LoadBalancerIngress.class, "1 ip, 2 hostname, 3 ipMode, 4 ports")
                .message(LoadBalancerStatus.class, "1 ingress")
                .message(LocalObjectReference.class, "1 name")
                .message(NFSVolumeSource.class, "1 server, 2 path, 3 readOnly")
                .message(Namespace.class, "1 metadata, 2 spec, 3 status")
                .message(NamespaceSpec.class, "1 finalizers")
                .message(NamespaceStatus.class, "1 phase")
                .message(Node.class, "1 metadata, 2 spec, 3 status")
                .message(NodeAddress.class, "1 type, 2 address")
                .message(NodeAffinity.class, "1 requiredDuringSchedulingIgnoredDuringExecution, 2 preferredDuringSchedulingIgnoredDuringExecution")
                .message(NodeCondition.class, "1 type, 2 status, 3 lastHeartbeatTime, 4 lastTransitionTime, 5 reason, 6 message")
                .message(NodeDaemonEndpoints.class, "1 kubeletEndpoint")
                .message(NodeSelector.class, "1 nodeSelectorTerms")
                .message(NodeSelectorRequirement.class, "1 key, 2 operator, 3 values")
                .message(NodeSelectorTerm.class, "1 matchExpressions, 2 matchFields")
                .message(NodeSpec.class, "1 podCIDR, 3 providerID, 4 unschedulable, 5 taints, 7 podCIDRs")
                .message(NodeStatus.class, "1 capacity, 2 allocatable, 3 phase, 4 conditions, 5 addresses, 6 daemonEndpoints, 7 nodeInfo, 8 images, 9 volumesInUse")
                .message(NodeSystemInfo.class, "1 machineID, 2 systemUUID, 3 bootID, 4 kernelVersion, 5 osImage, 6 containerRuntimeVersion, 7 kubeletVersion, 8 kubeProxyVersion, 9 operatingSystem, 10 architecture")
                .message(ObjectFieldSelector.class, "1 apiVersion, 2 fieldPath")
                .message(ObjectReference.class, "1 kind, 2 namespace, 3 name, 4 uid, 5 apiVersion, 6 resourceVersion, 7 fieldPath")
                .message(PersistentVolumeClaimVolumeSource.class, "1 claimName, 2 readOnly")
                .message(Pod.class, "1 metadata, 2 spec, 3 status")
                .message(PodAffinity.class, "1 requiredDuringSchedulingIgnoredDuringExecution, 2 preferredDuringSchedulingIgnoredDuringExecution")
                .message(PodAffinityTerm.class, "1 labelSelector, 2 namespaces, 3 topologyKey, 4 namespaceSelector, 5 matchLabelKeys, 6 mismatchLabelKeys")
                .message(PodAntiAffinity.class, "1 requiredDuringSchedulingIgnoredDuringExecution, 2 preferredDuringSchedulingIgnoredDuringExecution")
                .message(PodCondition.class, "1 type, 2 status, 3 lastProbeTime, 4 lastTransitionTime, 5 reason, 6 message, 7 observedGeneration")
                .message(PodDNSConfig.class, "1 nameservers, 2 searches, 3 options")
                .message(PodDNSConfigOption.class, "1 name, 2 value")
                .message(PodIP.class, "1 ip")
                .message(PodOS.class, "1 name")
                .message(PodReadinessGate.class, "1 conditionType")
                .message(PodSchedulingGate.class, "1 name")
                .message(PodSecurityContext.class, "1 seLinuxOptions, 2 runAsUser, 3 runAsNonRoot, 4 supplementalGroups, 5 fsGroup, 6 runAsGroup, 7 sysctls, 8 windowsOptions, 9 fsGroupChangePolicy, 10 seccompProfile, 11 appArmorProfile, 12 supplementalGroupsPolicy, 13 seLinuxChangePolicy")
                .message(PodSpec.class, "1 volumes, 2 containers, 3 restartPolicy, 4 terminationGracePeriodSeconds, 5 activeDeadlineSeconds, 6 dnsPolicy, 7 nodeSelector, 8 serviceAccountName, 9 serviceAccount, 10 nodeName, 11 hostNetwork, 12 hostPID, 13 hostIPC, 14 securityContext, 15 imagePullSecrets, 16 hostname, 17 subdomain, 18 affinity, 19 schedulerName, 20 initContainers, 21 automountServiceAccountToken, 22 tolerations, 23 hostAliases, 24 priorityClassName, 25 priority, 26 dnsConfig, 27 shareProcessNamespace, 28 readinessGates, 29 runtimeClassName, 30 enableServiceLinks, 31 preemptionPolicy, 32 overhead, 33 topologySpreadConstraints, 35 setHostnameAsFQDN, 36 os, 37 hostUsers, 38 schedulingGates, 40 resources")
                .message(PodStatus.class, "1 phase, 2 conditions, 3 message, 4 reason, 5 hostIP, 6 podIP, 7 startTime, 8 containerStatuses, 9 qosClass, 10 initContainerStatuses, 11 nominatedNodeName, 12 podIPs, 13 ephemeralContainerStatuses, 14 resize, 16 hostIPs, 17 observedGeneration")
                .message(PodTemplateSpec.class, "1 metadata, 2 spec")
                .message(PortStatus.class, "1 port, 2 protocol, 3 error")
                .message(PreferredSchedulingTerm.class, "1 weight, 2 preference")
                .message(Probe.class, "2 initialDelaySeconds, 3 timeoutSeconds, 4 periodSeconds, 5 successThreshold, 6 failureThreshold, 7 terminationGracePeriodSeconds")
                .inline(Probe.class, 1, PROBE_HANDLER)
                .message(ProjectedVolumeSource.class, "1 sources, 2 defaultMode")
                .message(ResourceClaim.class, "1 name, 2 request")
                .message(ResourceFieldSelector.class, "1 containerName, 2 resource, 3 divisor")
                .message(ResourceRequirements.class, "1 limits, 2 requests, 3 claims")
                .message(SELinuxOptions.class, "1 user, 2 role, 3 type, 4 level")
                .message(SeccompProfile.class, "1 type, 2 localhostProfile")
                .message(Secret.class, "1 metadata, 2 data, 3 type, 4 stringData, 5 immutable")
                .message(SecretEnvSource.class, "2 optional")
                .inline(SecretEnvSource.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(SecretKeySelector.class, "2 key, 3 optional")
                .inline(SecretKeySelector.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(SecretProjection.class, "2 items, 4 optional")
                .inline(SecretProjection.class, 1, LOCAL_OBJECT_REFERENCE)
                .message(SecretVolumeSource.class, "1 secretName, 2 items, 3 defaultMode, 4 optional")
                .message(SecurityContext.class, "1 capabilities, 2 privileged, 3 seLinuxOptions, 4 runAsUser, 5 runAsNonRoot, 6 readOnlyRootFilesystem, 7 allowPrivilegeEscalation, 8 runAsGroup, 9 procMount, 10 windowsOptions, 11 seccompProfile, 12 appArmorProfile")
                .message(Service.class, "1 metadata, 2 spec, 3 status")
                .message(ServiceAccountTokenProjection.class, "1 audience, 2 expirationSeconds, 3 path")
                .message(ServicePort.class, "1 name, 2 protocol, 3 port, 4 targetPort, 5 nodePort, 6 appProtocol")
                .message(ServiceSpec.class, "1 ports, 2 selector, 3 clusterIP, 4 type, 5 externalIPs, 7 sessionAffinity, 8 loadBalancerIP, 9 loadBalancerSourceRanges, 10 externalName, 11 externalTrafficPolicy, 12 healthCheckNodePort, 13 publishNotReadyAddresses, 14 sessionAffinityConfig, 17 ipFamilyPolicy, 18 clusterIPs, 19 ipFamilies, 20 allocateLoadBalancerNodePorts, 21 loadBalancerClass, 22 internalTrafficPolicy, 23 trafficDistribution")
                .message(ServiceStatus.class, "1 loadBalancer, 2 conditions")
                .message(SessionAffinityConfig.class, "1 clientIP")
                .message(SleepAction.class, "1 seconds")
                .message(Sysctl.class, "1 name, 2 value")
                .message(TCPSocketAction.class, "1 port, 2 host")
                .message(Taint.class, "1 key, 2 value, 3 effect, 4 timeAdded")
                .message(Toleration.class, "1 key, 2 operator, 3 value, 4 effect, 5 tolerationSeconds")
                .message(TopologySpreadConstraint.class, "1 maxSkew, 2 topologyKey, 3 whenUnsatisfiable, 4 labelSelector, 5 minDomains, 6 nodeAffinityPolicy, 7 nodeTaintsPolicy, 8 matchLabelKeys")
                .message(Volume.class, "1 name")
                .inline(Volume.class, 2, VOLUME_SOURCE)
                .message(VolumeDevice.class, "1 name, 2 devicePath")
                .message(VolumeMount.class, "1 name, 2 readOnly, 3 mountPath, 4 subPath, 5 mountPropagation, 6 subPathExpr, 7 recursiveReadOnly")
                .message(VolumeMountStatus.class, "1 name, 2 mountPath, 3 readOnly, 4 recursiveReadOnly")
                .message(VolumeProjection.class, "1 secret, 2 downwardAPI, 3 configMap, 4 serviceAccountToken")
                .message(WeightedPodAffinityTerm.class, "1 weight, 2 podAffinityTerm")
                .message(WindowsSecurityContextOptions.class, "1 gmsaCredentialSpecName, 2 gmsaCredentialSpec, 3 runAsUserName, 4 hostProcess")
                .message(Deployment.class, "1 metadata, 2 spec, 3 status")
                .message(DeploymentCondition.class, "1 type, 2 status, 4 reason, 5 message, 6 lastUpdateTime, 7 lastTransitionTime")
                .message(DeploymentSpec.class, "1 replicas, 2 selector, 3 template, 4 strategy, 5 minReadySeconds, 6 revisionHistoryLimit, 7 paused, 9 progressDeadlineSeconds")
                .message(DeploymentStatus.class, "1 observedGeneration, 2 replicas, 3 updatedReplicas, 4 availableReplicas, 5 unavailableReplicas, 6 conditions, 7 readyReplicas, 8 collisionCount, 9 terminatingReplicas")
                .message(DeploymentStrategy.class, "1 type, 2 rollingUpdate")
                .message(ReplicaSet.class, "1 metadata, 2 spec, 3 status")
                .message(ReplicaSetCondition.class, "1 type, 2 status, 3 lastTransitionTime, 4 reason, 5 message")
                .message(ReplicaSetSpec.class, "1 replicas, 2 selector, 3 template, 4 minReadySeconds")
                .message(ReplicaSetStatus.class, "1 replicas, 2 fullyLabeledReplicas, 3 observedGeneration, 4 readyReplicas, 5 availableReplicas, 6 conditions, 7 terminatingReplicas")
                .message(RollingUpdateDeployment.class, "1 maxUnavailable, 2 maxSurge")
                .message(ContainerResourceMetricSource.class, "1 name, 2 target, 3 container")
                .message(ContainerResourceMetricStatus.class, "1 name, 2 current, 3 container")
                .message(CrossVersionObjectReference.class, "1 kind, 2 name, 3 apiVersion")
                .message(ExternalMetricSource.class, "1 metric, 2 target")
                .message(ExternalMetricStatus.class, "1 metric, 2 current")
                .message(HPAScalingPolicy.class, "1 type, 2 value, 3 periodSeconds")
                .message(HPAScalingRules.class, "1 selectPolicy, 2 policies, 3 stabilizationWindowSeconds, 4 tolerance")
                .message(HorizontalPodAutoscaler.class, "1 metadata, 2 spec, 3 status")
                .message(dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler.class, "1 metadata, 2 spec, 3 status")
                .message(dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscalerSpec.class,
                        "1 scaleTargetRef, 2 minReplicas, 3 maxReplicas, 4 targetCPUUtilizationPercentage")
                .message(dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscalerStatus.class,
                        "1 observedGeneration, 2 lastScaleTime, 3 currentReplicas, 4 desiredReplicas, 5 currentCPUUtilizationPercentage")
                .message(dev.jetpod.api.autoscaling.v1.CrossVersionObjectReference.class, "1 kind, 2 name, 3 apiVersion")
                .message(HorizontalPodAutoscalerBehavior.class, "1 scaleUp, 2 scaleDown")
                .message(HorizontalPodAutoscalerCondition.class, "1 type, 2 status, 3 lastTransitionTime, 4 reason, 5 message")
                .message(HorizontalPodAutoscalerSpec.class, "1 scaleTargetRef, 2 minReplicas, 3 maxReplicas, 4 metrics, 5 behavior")
                .message(HorizontalPodAutoscalerStatus.class, "1 observedGeneration, 2 lastScaleTime, 3 currentReplicas, 4 desiredReplicas, 5 currentMetrics, 6 conditions")
                .message(MetricIdentifier.class, "1 name, 2 selector")
                .message(MetricSpec.class, "1 type, 2 object, 3 pods, 4 resource, 5 external, 7 containerResource")
                .message(MetricStatus.class, "1 type, 2 object, 3 pods, 4 resource, 5 external, 7 containerResource")
                .message(MetricTarget.class, "1 type, 2 value, 3 averageValue, 4 averageUtilization")
                .message(MetricValueStatus.class, "1 value, 2 averageValue, 3 averageUtilization")
                .message(ObjectMetricSource.class, "1 describedObject, 2 target, 3 metric")
                .message(ObjectMetricStatus.class, "1 metric, 2 current, 3 describedObject")
                .message(PodsMetricSource.class, "1 metric, 2 target")
                .message(PodsMetricStatus.class, "1 metric, 2 current")
                .message(ResourceMetricSource.class, "1 name, 2 target")
                .message(ResourceMetricStatus.class, "1 name, 2 current")
                .message(Lease.class, "1 metadata, 2 spec")
                .message(LeaseSpec.class, "1 holderIdentity, 2 leaseDurationSeconds, 3 acquireTime, 4 renewTime, 5 leaseTransitions, 6 strategy, 7 preferredHolder")
                .message(Condition.class, "1 type, 2 status, 3 observedGeneration, 4 lastTransitionTime, 5 reason, 6 message")
                .message(LabelSelector.class, "1 matchLabels, 2 matchExpressions")
                .message(LabelSelectorRequirement.class, "1 key, 2 operator, 3 values")
                .message(ManagedFieldsEntry.class, "1 manager, 2 operation, 3 apiVersion, 4 time, 6 fieldsType, 7 fieldsV1, 8 subresource")
                .message(ObjectMeta.class, "1 name, 2 generateName, 3 namespace, 5 uid, 6 resourceVersion, 7 generation, 8 creationTimestamp, 9 deletionTimestamp, 10 deletionGracePeriodSeconds, 11 labels, 12 annotations, 13 ownerReferences, 14 finalizers, 17 managedFields")
                .message(OwnerReference.class, "1 kind, 3 name, 4 uid, 5 apiVersion, 6 controller, 7 blockOwnerDeletion");
    }
}
