package dev.jetpod.client.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds and merges kubeconfig files the way client-go's loading rules do, with Jetpod's default in front:
 * <ol>
 *   <li>an explicit path ({@code --kubeconfig}): only that file, which must exist;</li>
 *   <li>else {@code KUBECONFIG}: a {@code :}-separated list; missing files are skipped; merged so that the first
 *       file to define a cluster, user or context name (or the current context) wins;</li>
 *   <li>else {@code $JETPOD_HOME/kubeconfig} (JETPOD_HOME defaults to ~/.jetpod: what {@code ./jetpod up} writes);</li>
 *   <li>else kubectl's {@code ~/.kube/config}.</li>
 * </ol>
 * Relative file paths inside a file are resolved against that file's directory.
 */
public final class KubeconfigLoader {
    private final Environment env;
    private final ObjectMapper yaml = Codecs.yaml();

    /** Where to look: the explicit path (may be null), $KUBECONFIG (may be null), $JETPOD_HOME and the home directory. */
    public record Environment(Path explicitPath, String kubeconfigVariable, Path jetpodHome, Path userHome) {
        /** This process's environment, with an optional {@code --kubeconfig} value. */
        public static Environment ofProcess(Path explicitPath) {
            Path home = Path.of(System.getProperty("user.home"));
            String jh = System.getenv("JETPOD_HOME");
            return new Environment(explicitPath, System.getenv("KUBECONFIG"),
                    jh == null || jh.isEmpty() ? home.resolve(".jetpod") : Path.of(jh), home);
        }
    }

    public KubeconfigLoader(Environment env) {
        this.env = env;
    }

    /** Loading rules for this process; {@code explicitPath} is the {@code --kubeconfig} value or null. */
    public static KubeconfigLoader forProcess(Path explicitPath) {
        return new KubeconfigLoader(Environment.ofProcess(explicitPath));
    }

    /** The files that would be read, in precedence order (existing or not for KUBECONFIG; see class comment). */
    public List<Path> candidatePaths() {
        if (env.explicitPath() != null) {
            return List.of(env.explicitPath());
        }
        String var = env.kubeconfigVariable();
        if (var != null && !var.isBlank()) {
            List<Path> out = new ArrayList<>();
            for (String p : var.split(File.pathSeparator)) {
                if (!p.isBlank() && !out.contains(Path.of(p))) {
                    out.add(Path.of(p));
                }
            }
            return out;
        }
        return List.of(env.jetpodHome().resolve("kubeconfig"), env.userHome().resolve(".kube").resolve("config"));
    }

    /**
     * The file that modifications (use-context, set-context) go to: the explicit file, else the first KUBECONFIG
     * entry that exists (or the first entry), else the Jetpod kubeconfig if it exists, else kubectl's if it exists,
     * else the Jetpod kubeconfig (to be created).
     */
    public Path writeTarget() {
        List<Path> c = candidatePaths();
        return c.stream().filter(Files::isRegularFile).findFirst().orElse(c.get(0));
    }

    /** Reads and merges what the rules select. Fails when no file is found at all. */
    public LoadedKubeconfig load() {
        List<Path> files = filesToRead();
        List<Kubeconfig> parsed = new ArrayList<>();
        for (Path f : files) {
            parsed.add(readFile(f));
        }
        return new LoadedKubeconfig(merge(parsed), files);
    }

    private List<Path> filesToRead() {
        if (env.explicitPath() != null) {
            if (!Files.isRegularFile(env.explicitPath())) {
                throw new KubeconfigException("kubeconfig " + env.explicitPath() + " does not exist");
            }
            return List.of(env.explicitPath());
        }
        List<Path> existing = candidatePaths().stream().filter(Files::isRegularFile).toList();
        boolean fromVariable = env.kubeconfigVariable() != null && !env.kubeconfigVariable().isBlank();
        if (existing.isEmpty()) {
            throw new KubeconfigException("no kubeconfig found (looked at " + String.join(", ", candidatePaths().stream().map(Path::toString).toList())
                    + "); start a cluster with ./jetpod up or pass --kubeconfig");
        }
        // without KUBECONFIG only the first default file counts, as kubectl reads only one default file
        return fromVariable ? existing : List.of(existing.get(0));
    }

    /** Parses one file and resolves its relative paths against its directory. */
    public Kubeconfig readFile(Path file) {
        Kubeconfig k;
        try {
            byte[] bytes = Files.readAllBytes(file);
            k = bytes.length == 0 ? Kubeconfig.empty() : yaml.readValue(bytes, Kubeconfig.class);
        } catch (NoSuchFileException e) {
            throw new KubeconfigException("kubeconfig " + file + " does not exist", e);
        } catch (IOException e) {
            throw new KubeconfigException("could not read kubeconfig " + file + ": " + firstLine(e.getMessage()), e);
        }
        if (k == null) {
            return Kubeconfig.empty();
        }
        return resolvePaths(k, file.toAbsolutePath().getParent());
    }

    private static Kubeconfig resolvePaths(Kubeconfig k, Path dir) {
        Function<String, String> abs = p -> p == null || p.isEmpty() ? p : dir.resolve(p).normalize().toString();
        List<Kubeconfig.NamedCluster> clusters = k.clusters().stream()
                .map(c -> c.cluster() == null ? c : new Kubeconfig.NamedCluster(c.name(), c.cluster().withCertificateAuthority(abs.apply(c.cluster().certificateAuthority()))))
                .toList();
        List<Kubeconfig.NamedUser> users = k.users().stream()
                .map(u -> u.user() == null ? u : new Kubeconfig.NamedUser(u.name(), u.user().withPaths(
                        abs.apply(u.user().clientCertificate()), abs.apply(u.user().clientKey()), abs.apply(u.user().tokenFile()))))
                .toList();
        return new Kubeconfig(k.apiVersion(), k.kind(), clusters, k.contexts(), users, k.currentContext());
    }

    /** First file to define a name wins; the first non-empty current-context wins. */
    static Kubeconfig merge(List<Kubeconfig> files) {
        Map<String, Kubeconfig.NamedCluster> clusters = new LinkedHashMap<>();
        Map<String, Kubeconfig.NamedContext> contexts = new LinkedHashMap<>();
        Map<String, Kubeconfig.NamedUser> users = new LinkedHashMap<>();
        String current = null;
        for (Kubeconfig k : files) {
            k.clusters().forEach(c -> clusters.putIfAbsent(c.name(), c));
            k.contexts().forEach(c -> contexts.putIfAbsent(c.name(), c));
            k.users().forEach(u -> users.putIfAbsent(u.name(), u));
            if ((current == null || current.isEmpty()) && k.currentContext() != null && !k.currentContext().isEmpty()) {
                current = k.currentContext();
            }
        }
        return new Kubeconfig("v1", "Config", List.copyOf(clusters.values()), List.copyOf(contexts.values()), List.copyOf(users.values()), current);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
