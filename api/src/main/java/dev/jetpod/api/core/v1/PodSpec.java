package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;

/** core/v1 PodSpec: what a user writes for a pod. Fields are in Kubernetes' order. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodSpec(
        List<Volume> volumes,
        List<Container> initContainers,
        List<Container> containers,
        String restartPolicy,
        Long terminationGracePeriodSeconds,
        Long activeDeadlineSeconds,
        String dnsPolicy,
        Map<String, String> nodeSelector,
        String serviceAccountName,
        String serviceAccount,
        Boolean automountServiceAccountToken,
        String nodeName,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean hostNetwork,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean hostPID,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean hostIPC,
        Boolean shareProcessNamespace,
        PodSecurityContext securityContext,
        List<LocalObjectReference> imagePullSecrets,
        String hostname,
        String subdomain,
        Affinity affinity,
        String schedulerName,
        List<Toleration> tolerations,
        List<HostAlias> hostAliases,
        String priorityClassName,
        Integer priority,
        PodDNSConfig dnsConfig,
        List<PodReadinessGate> readinessGates,
        String runtimeClassName,
        Boolean enableServiceLinks,
        String preemptionPolicy,
        Map<String, Quantity> overhead,
        List<TopologySpreadConstraint> topologySpreadConstraints,
        Boolean setHostnameAsFQDN,
        PodOS os,
        Boolean hostUsers,
        List<PodSchedulingGate> schedulingGates,
        ResourceRequirements resources) {
    /** A spec with just these containers; the rest through {@code with…}. */
    public static PodSpec of(java.util.List<Container> containers) {
        return new PodSpec(null, null, containers, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PodSpec withVolumes(List<Volume> v) {
        return new PodSpec(v, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withInitContainers(List<Container> v) {
        return new PodSpec(volumes, v, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withContainers(List<Container> v) {
        return new PodSpec(volumes, initContainers, v, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withRestartPolicy(String v) {
        return new PodSpec(volumes, initContainers, containers, v, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withTerminationGracePeriodSeconds(Long v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, v, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withActiveDeadlineSeconds(Long v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, v, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withDnsPolicy(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, v, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withNodeSelector(Map<String, String> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, v, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withServiceAccountName(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, v, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withServiceAccount(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, v, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withAutomountServiceAccountToken(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, v, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withNodeName(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, v, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostNetwork(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, v, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostPID(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, v, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostIPC(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, v, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withShareProcessNamespace(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, v, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withSecurityContext(PodSecurityContext v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, v, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withImagePullSecrets(List<LocalObjectReference> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, v, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostname(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, v, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withSubdomain(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, v, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withAffinity(Affinity v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, v, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withSchedulerName(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, v, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withTolerations(List<Toleration> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, v, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostAliases(List<HostAlias> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, v, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withPriorityClassName(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, v, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withPriority(Integer v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, v, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withDnsConfig(PodDNSConfig v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, v, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withReadinessGates(List<PodReadinessGate> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, v, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withRuntimeClassName(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, v, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withEnableServiceLinks(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, v, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withPreemptionPolicy(String v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, v, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withOverhead(Map<String, Quantity> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, v, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withTopologySpreadConstraints(List<TopologySpreadConstraint> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, v, setHostnameAsFQDN, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withSetHostnameAsFQDN(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, v, os, hostUsers, schedulingGates, resources);
    }

    public PodSpec withOs(PodOS v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, v, hostUsers, schedulingGates, resources);
    }

    public PodSpec withHostUsers(Boolean v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, v, schedulingGates, resources);
    }

    public PodSpec withSchedulingGates(List<PodSchedulingGate> v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, v, resources);
    }

    public PodSpec withResources(ResourceRequirements v) {
        return new PodSpec(volumes, initContainers, containers, restartPolicy, terminationGracePeriodSeconds, activeDeadlineSeconds, dnsPolicy, nodeSelector, serviceAccountName, serviceAccount, automountServiceAccountToken, nodeName, hostNetwork, hostPID, hostIPC, shareProcessNamespace, securityContext, imagePullSecrets, hostname, subdomain, affinity, schedulerName, tolerations, hostAliases, priorityClassName, priority, dnsConfig, readinessGates, runtimeClassName, enableServiceLinks, preemptionPolicy, overhead, topologySpreadConstraints, setHostnameAsFQDN, os, hostUsers, schedulingGates, v);
    }

    public List<Volume> volumesOrEmpty() {
        return volumes == null ? List.of() : volumes;
    }

    public List<Container> initContainersOrEmpty() {
        return initContainers == null ? List.of() : initContainers;
    }

    public List<Container> containersOrEmpty() {
        return containers == null ? List.of() : containers;
    }

    public Map<String, String> nodeSelectorOrEmpty() {
        return nodeSelector == null ? Map.of() : nodeSelector;
    }

    public List<LocalObjectReference> imagePullSecretsOrEmpty() {
        return imagePullSecrets == null ? List.of() : imagePullSecrets;
    }

    public List<Toleration> tolerationsOrEmpty() {
        return tolerations == null ? List.of() : tolerations;
    }

    public List<HostAlias> hostAliasesOrEmpty() {
        return hostAliases == null ? List.of() : hostAliases;
    }

    public List<PodReadinessGate> readinessGatesOrEmpty() {
        return readinessGates == null ? List.of() : readinessGates;
    }

    public Map<String, Quantity> overheadOrEmpty() {
        return overhead == null ? Map.of() : overhead;
    }

    public List<TopologySpreadConstraint> topologySpreadConstraintsOrEmpty() {
        return topologySpreadConstraints == null ? List.of() : topologySpreadConstraints;
    }

    public List<PodSchedulingGate> schedulingGatesOrEmpty() {
        return schedulingGates == null ? List.of() : schedulingGates;
    }
}
