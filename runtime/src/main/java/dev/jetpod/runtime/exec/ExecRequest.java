package dev.jetpod.runtime.exec;

import java.util.List;
import java.util.Optional;

/**
 * A command to run in a running container. Empty env, cwd or user take the container's own (as runc
 * exec does); with {@code tty} the process gets a terminal and stdout carries its output.
 */
public record ExecRequest(List<String> command, Optional<List<String>> env, Optional<String> workingDir,
                          Optional<Long> uid, Optional<Long> gid, boolean tty) {
    public static ExecRequest of(String... command) {
        return new ExecRequest(List.of(command), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    public ExecRequest withTty(boolean t) {
        return new ExecRequest(command, env, workingDir, uid, gid, t);
    }
}
