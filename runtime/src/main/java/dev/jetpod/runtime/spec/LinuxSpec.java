package dev.jetpod.runtime.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** OCI "linux": namespaces, cgroup resources and path hardening. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinuxSpec(List<Namespace> namespaces, Resources resources, String cgroupsPath,
                        List<String> maskedPaths, List<String> readonlyPaths, Map<String, String> sysctl,
                        String rootfsPropagation) {

    public LinuxSpec withNamespaces(List<Namespace> n) {
        return new LinuxSpec(n, resources, cgroupsPath, maskedPaths, readonlyPaths, sysctl, rootfsPropagation);
    }

    public LinuxSpec withResources(Resources r) {
        return new LinuxSpec(namespaces, r, cgroupsPath, maskedPaths, readonlyPaths, sysctl, rootfsPropagation);
    }

    public LinuxSpec withCgroupsPath(String p) {
        return new LinuxSpec(namespaces, resources, p, maskedPaths, readonlyPaths, sysctl, rootfsPropagation);
    }

    public List<Namespace> namespaceList() {
        return namespaces == null ? List.of() : namespaces;
    }

    /** type: pid, network, mount, ipc, uts, user, cgroup; a path joins an existing namespace. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Namespace(String type, String path) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Resources(Memory memory, Cpu cpu, Pids pids) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Memory(Long limit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cpu(Long shares, Long quota, Long period) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pids(Long limit) {
    }
}
