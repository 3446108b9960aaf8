package dev.jetpod.runtime.container;

import dev.jetpod.runtime.RuntimeFailure;

public class ContainerExistsException extends RuntimeFailure {
    public ContainerExistsException(String id) {
        super("container " + id + " already exists");
    }
}
