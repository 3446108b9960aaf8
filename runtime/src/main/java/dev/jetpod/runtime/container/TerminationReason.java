package dev.jetpod.runtime.container;

/** Why a container stopped, in the words Kubernetes shows in a container's terminated state. */
public enum TerminationReason {
    COMPLETED("Completed"), ERROR("Error"), OOM_KILLED("OOMKilled"), CONTAINER_CANNOT_RUN("ContainerCannotRun");

    private final String kubernetesName;

    TerminationReason(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    public String kubernetesName() {
        return kubernetesName;
    }

    @Override
    public String toString() {
        return kubernetesName;
    }
}
