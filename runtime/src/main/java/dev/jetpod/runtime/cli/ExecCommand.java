package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.exec.ExecRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** runc exec: run a command in a running container with our stdio; exit with its code. */
@Command(name = "exec", description = "run a command in a running container")
final class ExecCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-t", "--tty"}, description = "allocate a terminal")
    boolean tty;

    @Option(names = "--cwd", description = "working directory")
    String cwd;

    @Option(names = {"-e", "--env"}, description = "environment (replaces the container's when given)")
    List<String> env;

    @Option(names = {"-u", "--user"}, description = "uid[:gid]")
    String user;

    @Option(names = {"-d", "--detach"}, description = "do not wait for the command")
    boolean detach;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1..*", paramLabel = "COMMAND", arity = "1..*")
    List<String> command;

    @Override
    public Integer call() {
        Optional<Long> uid = Optional.empty(), gid = Optional.empty();
        if (user != null) {
            String[] p = user.split(":");
            uid = Optional.of(Long.parseLong(p[0]));
            gid = Optional.of(p.length > 1 ? Long.parseLong(p[1]) : 0L);
        }
        ExecRequest r = new ExecRequest(command, Optional.ofNullable(env), Optional.ofNullable(cwd), uid, gid, tty);
        var session = main.runtime().execInheritingStdio(id, r);
        return detach ? 0 : session.waitFor();
    }
}
