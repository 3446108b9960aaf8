package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 NodeSystemInfo. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeSystemInfo(
        String machineID,
        String systemUUID,
        String bootID,
        String kernelVersion,
        String osImage,
        String containerRuntimeVersion,
        String kubeletVersion,
        String kubeProxyVersion,
        String operatingSystem,
        String architecture) {
}
