package dev.jetpod.runtime.container;

import java.util.Locale;

/** The OCI lifecycle: creating → created → running → stopped. */
public enum ContainerState {
    CREATING, CREATED, RUNNING, STOPPED;

    /** The lower-case name the OCI state JSON uses. */
    public String ociName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
