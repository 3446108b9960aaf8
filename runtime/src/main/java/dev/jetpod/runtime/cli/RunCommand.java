package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.helper.HelperLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** runc run: create and start in one step; in the foreground the container uses our stdio and we exit with its code. */
@Command(name = "run", description = "create and run a container")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-b", "--bundle"}, defaultValue = ".", description = "bundle directory (default: current)")
    Path bundle;

    @Option(names = {"-d", "--detach"}, description = "detach: the container's output goes to its log file")
    boolean detach;

    @Option(names = "--pid-file", description = "write the container's pid here")
    Path pidFile;

    @Option(names = "--console-socket", description = "accepted for runc compatibility; the terminal is relayed by the supervisor")
    Path consoleSocket;

    @Option(names = "--no-pivot", description = "accepted for runc compatibility")
    boolean noPivot;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() throws Exception {
        ContainerRuntime rt = main.runtime();
        int i = HelperLauncher.INHERIT, n = HelperLauncher.DEV_NULL;
        ContainerStatus created = detach
                ? rt.createFromBundle(id, bundle.toAbsolutePath(), false, false, new int[] {n, n, n})
                : rt.createFromBundle(id, bundle.toAbsolutePath(), true, false, new int[] {i, i, i});
        if (pidFile != null) {
            Files.writeString(pidFile, Integer.toString(created.pid()));
        }
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
