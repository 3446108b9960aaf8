package dev.jetpod.apiserver.kubectl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kubectl binaries this machine carries ({@code /usr/lib/google-cloud-sdk/bin/kubectl.1.27} … {@code kubectl.1.33},
 * from the google-cloud-cli package): the end-to-end tests run the oldest and the newest of them.
 */
final class KubectlBinaries {
    static final Path DIR = Path.of(System.getProperty("jetpod.kubectl.dir", "/usr/lib/google-cloud-sdk/bin"));
    private static final Pattern NAME = Pattern.compile("kubectl\\.1\\.(\\d+)");

    private KubectlBinaries() {
    }

    /** The oldest and newest executable kubectl.1.N (one entry when there is one; none when there are none). */
    static List<Path> oldestAndNewest() {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.filter(p -> NAME.matcher(p.getFileName().toString()).matches() && Files.isExecutable(p)).forEach(found::add);
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparingInt(KubectlBinaries::minor));
        if (found.size() <= 1) {
            return found;
        }
        return List.of(found.get(0), found.get(found.size() - 1));
    }

    static int minor(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
