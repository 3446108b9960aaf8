package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.GcResult;
import dev.jetpod.runtime.image.ImageStore;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

@Command(name = "image-gc", description = "remove blobs and unpacked layers no image uses, and leftovers of broken transfers")
final class ImageGcCommand extends ImageCommand {
    @Override
    int run(ImageStore store, PrintWriter out) {
        GcResult result = store.collectGarbage();
        out.printf("removed %d blobs, %d layers, %s; %d incomplete transfers%n", result.blobsRemoved(), result.layersRemoved(),
                ImagesCommand.humanSize(result.bytesFreed()), result.incompleteRemoved());
        out.flush();
        return 0;
    }
}
