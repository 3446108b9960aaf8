package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jctl annotate TYPE NAME key=value key-}: prints {@code pod/web annotated}. */
@Command(name = "annotate", description = "Update the annotations on a resource (key=value to set, key- to remove).", sortOptions = false)
public final class AnnotateCommand extends MetadataMapCommand implements Callable<Integer> {
    public AnnotateCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        return run();
    }

    @Override
    String field() {
        return "annotations";
    }

    @Override
    String what() {
        return "annotation";
    }

    @Override
    String done() {
        return "annotated";
    }
}
