package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageConfig;
import dev.jetpod.runtime.image.ImageStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "import", description = {
        "import PATH as image NAME: an OCI layout directory or OCI archive as it is;",
        "a plain directory or tarball (tar, tar.gz, tar.zst) as a one-layer image, like docker import"})
final class ImportCommand extends ImageCommand {
    @Parameters(index = "0", paramLabel = "PATH")
    Path path;

    @Parameters(index = "1", paramLabel = "NAME", description = "name[:tag] to give the image")
    String name;

    @Option(names = "--entrypoint", paramLabel = "ARG", description = "entrypoint argument (repeat for each)")
    List<String> entrypoint = new ArrayList<>();

    @Option(names = "--cmd", paramLabel = "ARG", description = "cmd argument (repeat for each)")
    List<String> cmd = new ArrayList<>();

    @Option(names = {"-e", "--env"}, paramLabel = "KEY=VALUE", description = "environment variable")
    List<String> env = new ArrayList<>();

    @Option(names = {"-w", "--workdir"}, description = "working directory")
    String workdir;

    @Option(names = {"-u", "--user"}, description = "user[:group] to run as")
    String user;

    @Option(names = "--label", paramLabel = "KEY=VALUE", description = "image label")
    List<String> labels = new ArrayList<>();

    @Option(names = "--expose", paramLabel = "PORT[/PROTO]", description = "exposed port")
    List<String> ports = new ArrayList<>();

    @Override
    int run(ImageStore store, PrintWriter out) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("nothing to import at '" + path + "'");
        }
        for (String e : env) {
            if (!e.contains("=")) {
                throw new IllegalArgumentException("--env '" + e + "' is not KEY=VALUE");
            }
        }
        Map<String, String> labelMap = new LinkedHashMap<>();
        for (String label : labels) {
            int eq = label.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--label '" + label + "' is not KEY=VALUE");
            }
            labelMap.put(label.substring(0, eq), label.substring(eq + 1));
        }
        List<String> exposed = ports.stream().map(p -> p.contains("/") ? p : p + "/tcp").toList();
        ImageConfig config = ImageConfig.EMPTY.withEntrypoint(entrypoint).withCmd(cmd).withEnv(env)
                .withWorkingDir(workdir).withUser(user).withLabels(labelMap).withExposedPorts(exposed);
        Image image = store.importPath(path, name, config);
        out.println(image.id());
        out.flush();
        return 0;
    }
}
