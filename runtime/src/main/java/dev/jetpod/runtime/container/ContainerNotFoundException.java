package dev.jetpod.runtime.container;

import dev.jetpod.runtime.RuntimeFailure;

public class ContainerNotFoundException extends RuntimeFailure {
    public ContainerNotFoundException(String id) {
        super("container " + id + " does not exist");
    }
}
