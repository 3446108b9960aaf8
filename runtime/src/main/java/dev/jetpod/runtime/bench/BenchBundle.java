package dev.jetpod.runtime.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The one bundle every runtime runs: `runc spec` edited for a busybox rootfs and the given args. */
final class BenchBundle {
    private BenchBundle() {
    }

    static Path rootfs(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        for (String d : new String[] {"proc", "sys", "dev", "tmp", "etc"}) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.copy(Path.of("/bin/busybox"), dir.resolve("bin/busybox"), StandardCopyOption.REPLACE_EXISTING);
        for (String a : new String[] {"sh", "true", "sleep"}) {
            if (!Files.exists(dir.resolve("bin").resolve(a), LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(dir.resolve("bin").resolve(a), Path.of("busybox"));
            }
        }
        return dir;
    }

    static Path create(Path bundle, Path rootfs, String... args) throws IOException, InterruptedException {
        Files.createDirectories(bundle);
        Process p = new ProcessBuilder("runc", "spec", "--bundle", bundle.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("runc spec failed");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = (ObjectNode) json.readTree(bundle.resolve("config.json").toFile());
        ObjectNode process = (ObjectNode) spec.get("process");
        process.put("terminal", false);
        ArrayNode a = process.putArray("args");
        for (String s : args) {
            a.add(s);
        }
        ((ObjectNode) spec.get("root")).put("path", rootfs.toAbsolutePath().toString());
        json.writerWithDefaultPrettyPrinter().writeValue(bundle.resolve("config.json").toFile(), spec);
        return bundle;
    }
}
