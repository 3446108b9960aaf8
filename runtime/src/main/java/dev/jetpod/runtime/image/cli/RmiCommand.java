package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.RemoveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "rmi", description = "untag or remove images (refused while a container uses the image)")
final class RmiCommand extends ImageCommand {
    @Parameters(arity = "1..*", paramLabel = "REF", description = "name, ID or ID prefix")
    List<String> refs;

    @Override
    int run(ImageStore store, PrintWriter out) {
        for (String ref : refs) {
            RemoveResult result = store.remove(ref);
            result.untagged().forEach(n -> out.println("Untagged: " + n));
            result.deletedImageId().ifPresent(id -> out.println("Deleted: " + id));
            out.flush();
        }
        return 0;
    }
}
