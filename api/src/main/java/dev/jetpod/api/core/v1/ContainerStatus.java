package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.resource.Quantity;
import java.util.List;
import java.util.Map;

/** core/v1 ContainerStatus. ready and restartCount are always written, as Kubernetes does. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ContainerStatus(
        String name,
        ContainerState state,
        ContainerState lastState,
        boolean ready,
        int restartCount,
        String image,
        String imageID,
        String containerID,
        Boolean started,
        Map<String, Quantity> allocatedResources,
        ResourceRequirements resources,
        List<VolumeMountStatus> volumeMounts) {
    public ContainerStatus withName(String v) {
        return new ContainerStatus(v, state, lastState, ready, restartCount, image, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withState(ContainerState v) {
        return new ContainerStatus(name, v, lastState, ready, restartCount, image, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withLastState(ContainerState v) {
        return new ContainerStatus(name, state, v, ready, restartCount, image, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withReady(boolean v) {
        return new ContainerStatus(name, state, lastState, v, restartCount, image, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withRestartCount(int v) {
        return new ContainerStatus(name, state, lastState, ready, v, image, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withImage(String v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, v, imageID, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withImageID(String v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, v, containerID, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withContainerID(String v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, imageID, v, started, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withStarted(Boolean v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, imageID, containerID, v, allocatedResources, resources, volumeMounts);
    }

    public ContainerStatus withAllocatedResources(Map<String, Quantity> v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, imageID, containerID, started, v, resources, volumeMounts);
    }

    public ContainerStatus withResources(ResourceRequirements v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, imageID, containerID, started, allocatedResources, v, volumeMounts);
    }

    public ContainerStatus withVolumeMounts(List<VolumeMountStatus> v) {
        return new ContainerStatus(name, state, lastState, ready, restartCount, image, imageID, containerID, started, allocatedResources, resources, v);
    }
}
