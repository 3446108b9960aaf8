package dev.jetpod.jctl.cmd;

import dev.jetpod.jctl.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jctl label TYPE NAME key=value key-}: prints {@code pod/web labeled}. */
@Command(name = "label", description = "Update the labels on a resource (key=value to set, key- to remove).", sortOptions = false)
public final class LabelCommand extends MetadataMapCommand implements Callable<Integer> {
    public LabelCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        return run();
    }

    @Override
    String field() {
        return "labels";
    }

    @Override
    String what() {
        return "label";
    }

    @Override
    String done() {
        return "labeled";
    }
}
