package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.ImageStoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What every image verb shares: the store's location and the one-line error contract. */
abstract class ImageCommand implements Callable<Integer> {
    static final String DEFAULT_ROOT = "/var/lib/jetpod/images";

    @Spec
    CommandSpec spec;

    @Option(names = "--image-root", defaultValue = "${env:JETPOD_IMAGE_ROOT:-" + DEFAULT_ROOT + "}",
            description = "image store directory (default: ${DEFAULT-VALUE}; env JETPOD_IMAGE_ROOT)")
    Path imageRoot;

    @Override
    public final Integer call() {
        try (ImageStore store = ImageStore.open(imageRoot)) {
            return run(store, spec.commandLine().getOut());
        } catch (ImageStoreException | IllegalArgumentException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("jetpod-runtime " + spec.name() + ": " + oneLine(e));
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    abstract int run(ImageStore store, PrintWriter out);

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace('\n', ' ');
    }
}
