package dev.jetpod.runtime.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.jetpod.runtime.container.ContainerStatus;

import java.util.Map;

/** The OCI runtime spec's state document (plus runc's "created" and "owner"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OciState(String ociVersion, String id, String status, int pid, String bundle, String created, String owner,
                Map<String, String> annotations) {
    static OciState of(ContainerStatus s) {
        return new OciState("1.0.2", s.id(), s.state().ociName(), s.pid(),
                s.bundle() == null ? "" : s.bundle().toString(), s.createdAt().toString(), "", s.annotations());
    }
}
