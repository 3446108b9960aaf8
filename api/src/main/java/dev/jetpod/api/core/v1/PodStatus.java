package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** core/v1 PodStatus: written by the scheduler (conditions) and the kubelet (everything else). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PodStatus(
        Long observedGeneration,
        String phase,
        List<PodCondition> conditions,
        String message,
        String reason,
        String nominatedNodeName,
        String hostIP,
        List<HostIP> hostIPs,
        String podIP,
        List<PodIP> podIPs,
        Instant startTime,
        List<ContainerStatus> initContainerStatuses,
        List<ContainerStatus> containerStatuses,
        String qosClass,
        List<ContainerStatus> ephemeralContainerStatuses,
        String resize) {
    /** A status with nothing set yet. */
    public static PodStatus empty() {
        return new PodStatus(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public PodStatus withObservedGeneration(Long v) {
        return new PodStatus(v, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withPhase(String v) {
        return new PodStatus(observedGeneration, v, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withConditions(List<PodCondition> v) {
        return new PodStatus(observedGeneration, phase, v, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withMessage(String v) {
        return new PodStatus(observedGeneration, phase, conditions, v, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withReason(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, v, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withNominatedNodeName(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, v, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withHostIP(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, v, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withHostIPs(List<HostIP> v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, v, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withPodIP(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, v, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withPodIPs(List<PodIP> v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, v, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withStartTime(Instant v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, v, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withInitContainerStatuses(List<ContainerStatus> v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, v, containerStatuses, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withContainerStatuses(List<ContainerStatus> v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, v, qosClass, ephemeralContainerStatuses, resize);
    }

    public PodStatus withQosClass(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, v, ephemeralContainerStatuses, resize);
    }

    public PodStatus withEphemeralContainerStatuses(List<ContainerStatus> v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, v, resize);
    }

    public PodStatus withResize(String v) {
        return new PodStatus(observedGeneration, phase, conditions, message, reason, nominatedNodeName, hostIP, hostIPs, podIP, podIPs, startTime, initContainerStatuses, containerStatuses, qosClass, ephemeralContainerStatuses, v);
    }

    public List<PodCondition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }

    public List<HostIP> hostIPsOrEmpty() {
        return hostIPs == null ? List.of() : hostIPs;
    }

    public List<PodIP> podIPsOrEmpty() {
        return podIPs == null ? List.of() : podIPs;
    }

    public List<ContainerStatus> initContainerStatusesOrEmpty() {
        return initContainerStatuses == null ? List.of() : initContainerStatuses;
    }

    public List<ContainerStatus> containerStatusesOrEmpty() {
        return containerStatuses == null ? List.of() : containerStatuses;
    }

    public List<ContainerStatus> ephemeralContainerStatusesOrEmpty() {
        return ephemeralContainerStatuses == null ? List.of() : ephemeralContainerStatuses;
    }
}
