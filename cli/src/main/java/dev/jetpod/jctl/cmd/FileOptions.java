package dev.jetpod.jctl.cmd;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code -f FILE|DIR|-} (repeatable) and {@code -R}, shared by the verbs that read manifests. */
public final class FileOptions {
    @Option(names = {"-f", "--filename"}, paramLabel = "FILE", description = "A file, a directory of .yaml/.yml/.json files, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-R", "--recursive"}, description = "Read the directories given with -f recursively.")
    boolean recursive;

    public boolean given() {
        return !files.isEmpty();
    }
}
