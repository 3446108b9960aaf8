package dev.jetpod.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as runc users drive it, in a separate JVM per call: a config.json written by the
 * real `runc spec` (only rootfs and args edited) must run unchanged.
 */
@Tag("root")
class CliTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static Path bundle;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        bundle = Files.createDirectories(fx.base.resolve("bundle"));
        Process p = new ProcessBuilder("runc", "spec", "--bundle", bundle.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
    }


    /** runc spec's config with only root.path and process.args changed (terminal stays as runc wrote it). */
    static void editSpec(String... args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode spec = (ObjectNode) json.readTree(bundle.resolve("config.json").toFile());
        ((ObjectNode) spec.get("root")).put("path", fx.rootfs.toString());
        var a = ((ObjectNode) spec.get("process")).putArray("args");
        for (String s : args) {
            a.add(s);
        }
        json.writeValue(bundle.resolve("config.json").toFile(), spec);
    }

    static Result cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--root", fx.stateRoot.toString(), "--cgroup-root", fx.cgroupRoot));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(new File("/dev/null")).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void runcSpecRunsUnchangedInTheForeground() throws Exception {
        editSpec("sh", "-c", "echo hello from $(hostname); tty; exit 7");
        Result r = cli("run", "--bundle", bundle.toString(), "fg");
        assertEquals(7, r.code(), r.err());
        assertTrue(r.out().contains("hello from runc"), r.out());
        assertTrue(r.out().contains("/dev/pts/0"), "runc spec asks for a terminal: " + r.out());
    }

    @Test
    void createStartStateKillDelete() throws Exception {
        editSpec("sh", "-c", "trap 'exit 0' TERM; while true; do sleep 0.1; done");
        assertEquals(0, cli("create", "--bundle", bundle.toString(), "c1").code());
        JsonNode created = new ObjectMapper().readTree(cli("state", "c1").out());
        assertEquals("created", created.get("status").asText());
        assertEquals("c1", created.get("id").asText());
        assertTrue(created.get("pid").asInt() > 0);
        assertEquals(bundle.toString(), created.get("bundle").asText());
        assertEquals(0, cli("start", "c1").code());
        assertEquals("running", new ObjectMapper().readTree(cli("state", "c1").out()).get("status").asText());
        assertTrue(cli("list").out().contains("c1"));
        Result del = cli("delete", "c1");
        assertEquals(1, del.code());
        assertTrue(del.err().startsWith("jetpod-runtime: container c1 is running"), del.err());
        assertEquals(0, cli("kill", "c1", "SIGTERM").code());
        String status = "";
        for (int i = 0; i < 100 && !status.equals("stopped"); i++) {
            status = new ObjectMapper().readTree(cli("state", "c1").out()).get("status").asText();
        }
        assertEquals("stopped", status);
        assertEquals(0, cli("delete", "c1").code());
        assertEquals(1, cli("state", "c1").code());
    }

    @Test
    void execRunsInTheContainer() throws Exception {
        editSpec("sleep", "30");
        assertEquals(0, cli("run", "-d", "--bundle", bundle.toString(), "ex").code());
        Result r = cli("exec", "ex", "sh", "-c", "hostname; exit 4");
        assertEquals(4, r.code(), r.err());
        assertEquals("runc\n", r.out());
        assertEquals(0, cli("delete", "--force", "ex").code());
    }

    @Test
    void badInputGivesOneLineErrorsAndLeavesNothing() throws Exception {
        Result missing = cli("run", "--bundle", fx.base.resolve("nope").toString(), "m");
        assertEquals(1, missing.code());
        assertEquals("jetpod-runtime: bundle " + fx.base.resolve("nope") + " does not exist or is not a directory\n", missing.err());

        Path broken = Files.createDirectories(fx.base.resolve("broken"));
        Files.writeString(broken.resolve("config.json"), "{\"ociVersion\": \"1.0.2\", \"process\": ");
        Result invalid = cli("create", "--bundle", broken.toString(), "b");
        assertEquals(1, invalid.code());
        assertTrue(invalid.err().startsWith("jetpod-runtime: invalid config.json"), invalid.err());
        assertFalse(invalid.err().contains("\tat "), invalid.err());

        editSpec("/bin/nonexistent");
        Result noexec = cli("create", "--bundle", bundle.toString(), "n");
        assertEquals(1, noexec.code());
        assertTrue(noexec.err().contains("/bin/nonexistent") && noexec.err().toLowerCase().contains("no such file"), noexec.err());
        assertEquals("", cli("list", "-q").out());

        assertEquals(1, cli("start", "ghost").code());
        assertEquals("jetpod-runtime: container ghost does not exist\n", cli("kill", "ghost").err());
        assertEquals(0, cli("delete", "--force", "ghost").code());
    }
}
