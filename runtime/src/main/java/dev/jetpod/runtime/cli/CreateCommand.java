package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.container.ContainerCannotRunException;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.helper.HelperLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** runc create: set everything up; the program waits for `start`. Output goes to the container's log file. */
@Command(name = "create", description = "create a container (it waits for start)")
final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-b", "--bundle"}, defaultValue = ".", description = "bundle directory (default: current)")
    Path bundle;

    @Option(names = "--pid-file", description = "write the container's pid here")
    Path pidFile;

    @Option(names = "--console-socket", description = "accepted for runc compatibility")
    Path consoleSocket;

    @Option(names = "--no-pivot", description = "accepted for runc compatibility")
    boolean noPivot;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
        ContainerRuntime rt = main.runtime();
        int n = HelperLauncher.DEV_NULL;
        ContainerStatus created;
        try {
            created = rt.createFromBundle(id, bundle.toAbsolutePath(), false, true, new int[] {n, n, n});
        } catch (ContainerCannotRunException e) {
            rt.remove(id, true); // like runc: a failed create leaves nothing
            throw e;
        }
        if (pidFile != null) {
            Files.writeString(pidFile, Integer.toString(created.pid()));
        }
        return 0;
    }
}
