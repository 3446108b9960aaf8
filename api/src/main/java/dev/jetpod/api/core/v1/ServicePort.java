package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.api.intstr.IntOrString;

/** core/v1 ServicePort: targetPort is a number or a named container port. port is always written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServicePort(
        String name,
        String protocol,
        String appProtocol,
        int port,
        IntOrString targetPort,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) Integer nodePort) {
    public ServicePort withName(String v) {
        return new ServicePort(v, protocol, appProtocol, port, targetPort, nodePort);
    }

    public ServicePort withProtocol(String v) {
        return new ServicePort(name, v, appProtocol, port, targetPort, nodePort);
    }

    public ServicePort withAppProtocol(String v) {
        return new ServicePort(name, protocol, v, port, targetPort, nodePort);
    }

    public ServicePort withPort(int v) {
        return new ServicePort(name, protocol, appProtocol, v, targetPort, nodePort);
    }

    public ServicePort withTargetPort(IntOrString v) {
        return new ServicePort(name, protocol, appProtocol, port, v, nodePort);
    }

    public ServicePort withNodePort(Integer v) {
        return new ServicePort(name, protocol, appProtocol, port, targetPort, v);
    }
}
