package dev.jetpod.runtime.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** OCI "process": what runs in the container and with which identity and privileges. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessSpec(Boolean terminal, User user, List<String> args, List<String> env, String cwd,
                          Capabilities capabilities, List<Rlimit> rlimits, Boolean noNewPrivileges,
                          Integer oomScoreAdj) {

    public boolean isTerminal() {
        return Boolean.TRUE.equals(terminal);
    }

    public ProcessSpec withArgs(List<String> a) {
        return new ProcessSpec(terminal, user, a, env, cwd, capabilities, rlimits, noNewPrivileges, oomScoreAdj);
    }

    public ProcessSpec withTerminal(boolean t) {
        return new ProcessSpec(t, user, args, env, cwd, capabilities, rlimits, noNewPrivileges, oomScoreAdj);
    }

    public ProcessSpec withEnv(List<String> e) {
        return new ProcessSpec(terminal, user, args, e, cwd, capabilities, rlimits, noNewPrivileges, oomScoreAdj);
    }

    public ProcessSpec withCwd(String c) {
        return new ProcessSpec(terminal, user, args, env, c, capabilities, rlimits, noNewPrivileges, oomScoreAdj);
    }

    public ProcessSpec withUser(User u) {
        return new ProcessSpec(terminal, u, args, env, cwd, capabilities, rlimits, noNewPrivileges, oomScoreAdj);
    }

    public ProcessSpec withCapabilities(Capabilities c) {
        return new ProcessSpec(terminal, user, args, env, cwd, c, rlimits, noNewPrivileges, oomScoreAdj);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record User(long uid, long gid, List<Long> additionalGids) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Capabilities(List<String> bounding, List<String> effective, List<String> inheritable,
                               List<String> permitted, List<String> ambient) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rlimit(String type, long hard, long soft) {
    }
}
