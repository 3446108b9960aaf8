package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** core/v1 DaemonEndpoint. Kubernetes spells the field "Port" with a capital P. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DaemonEndpoint(
        @JsonProperty("Port") int port) {
}
