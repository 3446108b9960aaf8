package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.oci.OciJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Command(name = "images", description = "list images in the store")
final class ImagesCommand extends ImageCommand {
    @Option(names = {"-q", "--quiet"}, description = "image IDs only")
    boolean quiet;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json")
    String format;

    @Override
    int run(ImageStore store, PrintWriter out) {
        List<Image> images = store.list();
        if (quiet) {
            images.forEach(i -> out.println(i.id()));
        } else if (format.equals("json")) {
            out.println(new String(OciJson.write(images), StandardCharsets.UTF_8));
        } else if (format.equals("table")) {
            out.printf("%-50s %-14s %-22s %10s%n", "NAME", "IMAGE ID", "CREATED", "SIZE");
            for (Image image : images) {
                List<String> names = image.names().isEmpty() ? List.of("<none>") : image.names();
                for (String name : names) {
                    out.printf("%-50s %-14s %-22s %10s%n", name, image.shortId(),
                            image.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), humanSize(image.size()));
                }
            }
        } else {
            throw new IllegalArgumentException("unknown format '" + format + "' (table or json)");
        }
        out.flush();
        return 0;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1fkB", bytes / 1024.0);
        }
        return bytes < 1024L * 1024 * 1024 ? String.format("%.1fMB", bytes / (1024.0 * 1024)) : String.format("%.2fGB", bytes / (1024.0 * 1024 * 1024));
    }
}
