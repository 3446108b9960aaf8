package dev.jetpod.runtime.image.cli;

import picocli.CommandLine;

/**
 * The image verbs of {@code ./jetpod runtime}: {@code images}, {@code pull}, {@code import}, {@code rmi},
 * {@code image-gc}. The runtime's Main calls {@link #register} once; each verb opens the store under
 * {@code --image-root} (default {@value ImageCommand#DEFAULT_ROOT}), prints one line on error and exits 1.
 */
public final class ImageCommands {
    private ImageCommands() {
    }

    public static void register(CommandLine root) {
        root.addSubcommand("images", new ImagesCommand());
        root.addSubcommand("pull", new PullCommand());
        root.addSubcommand("import", new ImportCommand());
        root.addSubcommand("rmi", new RmiCommand());
        root.addSubcommand("image-gc", new ImageGcCommand());
    }
}
