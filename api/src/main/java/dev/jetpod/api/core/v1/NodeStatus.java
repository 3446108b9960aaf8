package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;

/** core/v1 NodeStatus, written by the kubelet (and the node lifecycle controller for conditions). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NodeStatus(
        Map<String, Quantity> capacity,
        Map<String, Quantity> allocatable,
        String phase,
        List<NodeCondition> conditions,
        List<NodeAddress> addresses,
        NodeDaemonEndpoints daemonEndpoints,
        NodeSystemInfo nodeInfo,
        List<ContainerImage> images,
        List<String> volumesInUse) {
    public NodeStatus withCapacity(Map<String, Quantity> v) {
        return new NodeStatus(v, allocatable, phase, conditions, addresses, daemonEndpoints, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withAllocatable(Map<String, Quantity> v) {
        return new NodeStatus(capacity, v, phase, conditions, addresses, daemonEndpoints, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withPhase(String v) {
        return new NodeStatus(capacity, allocatable, v, conditions, addresses, daemonEndpoints, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withConditions(List<NodeCondition> v) {
        return new NodeStatus(capacity, allocatable, phase, v, addresses, daemonEndpoints, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withAddresses(List<NodeAddress> v) {
        return new NodeStatus(capacity, allocatable, phase, conditions, v, daemonEndpoints, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withDaemonEndpoints(NodeDaemonEndpoints v) {
        return new NodeStatus(capacity, allocatable, phase, conditions, addresses, v, nodeInfo, images, volumesInUse);
    }

    public NodeStatus withNodeInfo(NodeSystemInfo v) {
        return new NodeStatus(capacity, allocatable, phase, conditions, addresses, daemonEndpoints, v, images, volumesInUse);
    }

    public NodeStatus withImages(List<ContainerImage> v) {
        return new NodeStatus(capacity, allocatable, phase, conditions, addresses, daemonEndpoints, nodeInfo, v, volumesInUse);
    }

    public NodeStatus withVolumesInUse(List<String> v) {
        return new NodeStatus(capacity, allocatable, phase, conditions, addresses, daemonEndpoints, nodeInfo, images, v);
    }

    public Map<String, Quantity> capacityOrEmpty() {
        return capacity == null ? Map.of() : capacity;
    }

    public Map<String, Quantity> allocatableOrEmpty() {
        return allocatable == null ? Map.of() : allocatable;
    }

    public List<NodeCondition> conditionsOrEmpty() {
        return conditions == null ? List.of() : conditions;
    }

    public List<NodeAddress> addressesOrEmpty() {
        return addresses == null ? List.of() : addresses;
    }

    public List<ContainerImage> imagesOrEmpty() {
        return images == null ? List.of() : images;
    }

    public List<String> volumesInUseOrEmpty() {
        return volumesInUse == null ? List.of() : volumesInUse;
    }
}
