package dev.jetpod.api.core.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/** core/v1 LifecycleHandler: exactly one of exec, httpGet, tcpSocket, sleep. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LifecycleHandler(
        ExecAction exec,
        HTTPGetAction httpGet,
        TCPSocketAction tcpSocket,
        SleepAction sleep) {
}
