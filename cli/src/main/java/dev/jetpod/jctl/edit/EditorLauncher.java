package dev.jetpod.jctl.edit;

import dev.jetpod.jctl.CliException;
import dev.jetpod.jctl.Io;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file in the user's editor: {@code $KUBE_EDITOR}, else {@code $EDITOR}, else vi. The editor value may carry
 * arguments ("code --wait"), so it runs through {@code sh -c} with the file as a separate argument; the editor gets
 * the terminal (inherited standard streams).
 */
public final class EditorLauncher {
    private final Io io;

    public EditorLauncher(Io io) {
        this.io = io;
    }

    public String editor() {
        String e = io.env("KUBE_EDITOR");
        if (e == null) {
            e = io.env("EDITOR");
        }
        return e == null ? "vi" : e;
    }

    public void open(Path file) {
        String editor = editor();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "sh", file.toString()).inheritIO();
        pb.environment().clear();
        pb.environment().putAll(io.env());
        try {
            int code = pb.start().waitFor();
            if (code != 0) {
                throw new CliException("there was a problem with the editor \"" + editor + "\": it exited with status " + code);
            }
        } catch (IOException e) {
            throw new CliException("could not start the editor \"" + editor + "\": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while waiting for the editor \"" + editor + "\"");
        }
    }
}
