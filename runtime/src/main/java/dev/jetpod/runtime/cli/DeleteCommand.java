package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.container.ContainerNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "delete", description = "delete a stopped container (--force: any)")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-f", "--force"}, description = "kill the container if it is running")
    boolean force;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        try {
            main.runtime().remove(id, force);
        } catch (ContainerNotFoundException e) {
            if (!force) {
                throw e;
            }
        }
        return 0;
    }
}
