package dev.jetpod.runtime.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The part of the OCI runtime spec (config.json) this runtime honours. Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Spec(String ociVersion, ProcessSpec process, Root root, String hostname, List<Mount> mounts,
                   LinuxSpec linux, Map<String, String> annotations) {

    public Spec withProcess(ProcessSpec p) {
        return new Spec(ociVersion, p, root, hostname, mounts, linux, annotations);
    }

    public Spec withRoot(Root r) {
        return new Spec(ociVersion, process, r, hostname, mounts, linux, annotations);
    }

    public Spec withHostname(String h) {
        return new Spec(ociVersion, process, root, h, mounts, linux, annotations);
    }

    public Spec withMounts(List<Mount> m) {
        return new Spec(ociVersion, process, root, hostname, m, linux, annotations);
    }

    public Spec withLinux(LinuxSpec l) {
        return new Spec(ociVersion, process, root, hostname, mounts, l, annotations);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Root(String path, Boolean readonly) {
        public boolean isReadonly() {
            return Boolean.TRUE.equals(readonly);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mount(String destination, String type, String source, List<String> options) {
        public List<String> optionList() {
            return options == null ? List.of() : options;
        }
    }
}
