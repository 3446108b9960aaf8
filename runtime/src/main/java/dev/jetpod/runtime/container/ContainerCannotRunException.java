package dev.jetpod.runtime.container;

import dev.jetpod.runtime.RuntimeFailure;

/**
 * The container's own setup failed (its program does not exist, a volume cannot be mounted): Kubernetes'
 * ContainerCannotRun. The container is kept, stopped, with this reason and message until removed.
 */
public class ContainerCannotRunException extends RuntimeFailure {
    private final String id;

    public ContainerCannotRunException(String id, String cause) {
        super("container " + id + " cannot run: " + cause);
        this.id = id;
    }

    public String containerId() {
        return id;
    }
}
