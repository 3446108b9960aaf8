package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** phase is "Active" or "Terminating". */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NamespaceStatus(String phase) {
    public static final String ACTIVE = "Active";
    public static final String TERMINATING = "Terminating";
}
