package dev.jetpod.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "kill", description = "send a signal (default SIGTERM) to a container's init")
final class KillCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-a", "--all"}, description = "signal every process in the container")
    boolean all;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Parameters(index = "1", paramLabel = "SIGNAL", defaultValue = "TERM")
    String signal;

    @Override
    public Integer call() {
        main.runtime().kill(id, Signals.parse(signal), all);
        return 0;
    }
}
