package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.container.ContainerCannotRunException;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.helper.HelperLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** runc create: set everything up; the program waits for `start`. Output goes to the container's log file. */
@Command(name = "create", description = "create a container (it waits for start)")
final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    BundleOptions options;

    @Override
    public Integer call() throws Exception {
        ContainerRuntime rt = main.runtime();
        int n = HelperLauncher.DEV_NULL;
        ContainerStatus created;
        try {
            created = rt.createFromBundle(options.id, options.bundleDir(), false, true, new int[] {n, n, n});
        } catch (ContainerCannotRunException e) {
            rt.remove(options.id, true); // like runc: a failed create leaves nothing
            throw e;
        }
        options.writePidFile(created);
        return 0;
    }
}
