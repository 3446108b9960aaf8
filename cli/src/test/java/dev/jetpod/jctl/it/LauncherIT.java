package dev.jetpod.jctl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real bin/jctl launcher as a process, over a distribution laid out like dist/target/jetpod (bin/ and lib/ made
 * from this build's classpath): exit codes, clean stdout and stderr, and the class-data archive it writes on the
 * first run that talks to the server and maps afterwards.
 */
class LauncherIT {
    static JctlCluster cluster;
    static Path dist;
    static Path cache;

    @BeforeAll
    static void start() throws Exception {
        cluster = JctlCluster.start();
        dist = cluster.dir.resolve("dist");
        cache = cluster.dir.resolve("cache");
        Files.createDirectories(dist.resolve("bin"));
        Files.createDirectories(dist.resolve("lib"));
        Path launcher = Path.of(System.getProperty("user.dir"), "src", "main", "dist", "bin", "jctl");
        Files.copy(launcher, dist.resolve("bin/jctl"), StandardCopyOption.COPY_ATTRIBUTES);
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Files.createSymbolicLink(dist.resolve("lib").resolve((n++) + "-" + p.getFileName()), p);
            } else if (Files.isDirectory(p) && !entry.contains("test-classes")) {
                jar(p, dist.resolve("lib").resolve((n++) + "-classes.jar"));
            }
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    record Run(int code, String out, String err) {
    }

    private static Run launch(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(dist.resolve("bin/jctl").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("KUBECONFIG", cluster.kubeconfig.toString());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(extraEnv);
        Path out = Files.createTempFile(cluster.dir, "out", ".txt");
        Path err = Files.createTempFile(cluster.dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jctl did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsWritesItsArchiveOnceAndKeepsOutputClean() throws Exception {
        Run first = launch(Map.of(), "get", "ns", "default", "kube-system", "-o", "name");
        assertEquals(new Run(0, "namespace/default\nnamespace/kube-system\n", ""), first);
        List<Path> archives;
        try (Stream<Path> s = Files.list(cache.resolve("jetpod"))) {
            archives = s.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().startsWith("jctl-"));

        Run second = launch(Map.of(), "get", "ns", "default", "-o", "name");
        assertEquals(new Run(0, "namespace/default\n", ""), second);
        Run failing = launch(Map.of(), "get", "pod", "nope");
        assertEquals(new Run(1, "", "Error from server (NotFound): pods \"nope\" not found\n"), failing);
        Run withoutArchive = launch(Map.of("JCTL_CDS", "off"), "version", "--client");
        assertEquals(0, withoutArchive.code());
        assertTrue(withoutArchive.out().startsWith("Client Version: v"), withoutArchive.out());
    }

    private static void jar(Path classes, Path target) throws IOException {
        try (OutputStream os = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(os);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                jar.write(Files.readAllBytes(f));
                jar.closeEntry();
            }
        }
    }
}
