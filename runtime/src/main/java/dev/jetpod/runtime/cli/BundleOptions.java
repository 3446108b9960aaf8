package dev.jetpod.runtime.cli;

import dev.jetpod.runtime.container.ContainerStatus;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What runc's create and run share: the bundle, the container id, the pid file, and flags kept for compatibility. */
final class BundleOptions {
    @Option(names = {"-b", "--bundle"}, defaultValue = ".", description = "bundle directory (default: current)")
    Path bundle;

    @Option(names = "--pid-file", description = "write the container's pid here")
    Path pidFile;

    @Option(names = "--console-socket", description = "accepted for runc compatibility; the terminal is relayed by the supervisor")
    Path consoleSocket;

    @Option(names = "--no-pivot", description = "accepted for runc compatibility")
    boolean noPivot;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    Path bundleDir() {
        return bundle.toAbsolutePath();
    }

    void writePidFile(ContainerStatus created) throws IOException {
        if (pidFile != null) {
            Files.writeString(pidFile, Integer.toString(created.pid()));
        }
    }
}
