package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.helper.HelperLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.time.Duration;
import java.util.concurrent.Callable;

/** runc run: create and start in one step; in the foreground the container uses our stdio and we exit with its code. */
@Command(name = "run", description = "create and run a container")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    BundleOptions options;

    @Option(names = {"-d", "--detach"}, description = "detach: the container's output goes to its log file")
    boolean detach;

    @Override
    public Integer call() throws Exception {
        ContainerRuntime rt = main.runtime();
        int i = HelperLauncher.INHERIT, n = HelperLauncher.DEV_NULL;
        String id = options.id;
        ContainerStatus created = detach
                ? rt.createFromBundle(options.id, options.bundleDir(), false, false, new int[] {n, n, n})
                : rt.createFromBundle(options.id, options.bundleDir(), true, false, new int[] {i, i, i});
        options.writePidFile(created);
        if (detach) {
            return 0;
        }
        // ^C reaches the container through the terminal (or the supervisor forwards it); if this JVM goes
        // first, still delete the container once it is gone, as runc run does.
        Thread cleanup = new Thread(() -> {
            try {
                rt.awaitExit(id, Duration.ofSeconds(10));
                rt.remove(id, true);
            } catch (RuntimeException e) {
                System.err.println("jetpod-runtime: " + e.getMessage());
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        ContainerStatus done = rt.awaitExit(id, Duration.ofDays(3650)).orElseThrow();
        Runtime.getRuntime().removeShutdownHook(cleanup);
        rt.remove(id, true);
        if (!done.message().isEmpty()) {
            System.err.println("jetpod-runtime: " + done.message());
        }
        return done.exitCode().orElse(255);
    }
}
