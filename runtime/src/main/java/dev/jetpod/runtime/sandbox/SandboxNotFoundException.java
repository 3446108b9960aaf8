package dev.jetpod.runtime.sandbox;

import dev.jetpod.runtime.RuntimeFailure;

public class SandboxNotFoundException extends RuntimeFailure {
    public SandboxNotFoundException(String id) {
        super("sandbox " + id + " does not exist");
    }
}
