package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeOptions;
import dev.jetpod.runtime.image.cli.ImageCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * `./jetpod runtime`: runc's verbs and flags over OCI bundles (run, create, start, state, kill, delete,
 * list, exec), so tools written for runc can drive it. Errors are one line on stderr and exit code 1.
 */
@Command(name = "jetpod-runtime", mixinStandardHelpOptions = true, version = "jetpod-runtime 0.1",
        description = "Run containers from OCI bundles (runc-compatible verbs); manage images.",
        subcommands = {RunCommand.class, CreateCommand.class, StartCommand.class, StateCommand.class,
                KillCommand.class, DeleteCommand.class, ListCommand.class, ExecCommand.class})
public final class Main {
    @Option(names = "--root", scope = ScopeType.INHERIT, defaultValue = "/run/jetpod",
            description = "state directory (default: ${DEFAULT-VALUE})")
    Path root;

    @Option(names = "--log", scope = ScopeType.INHERIT, description = "accepted for runc compatibility; errors go to stderr")
    Path log;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, description = "accepted for runc compatibility")
    String logFormat;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "accepted for runc compatibility")
    boolean debug;

    @Option(names = "--systemd-cgroup", scope = ScopeType.INHERIT, description = "accepted for runc compatibility (cgroupfs is used)")
    boolean systemdCgroup;

    @Option(names = "--cgroup-root", scope = ScopeType.INHERIT, defaultValue = "jetpod",
            description = "parent cgroup of containers without linux.cgroupsPath (default: ${DEFAULT-VALUE})")
    String cgroupRoot;

    ContainerRuntime runtime() {
        return ContainerRuntime.open(RuntimeOptions.at(root, cgroupRoot));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.getSubcommands().get("exec").setStopAtPositional(true); // options after the id belong to the command
        ImageCommands.register(cl);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("jetpod-runtime: " + CliErrors.render(e));
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
