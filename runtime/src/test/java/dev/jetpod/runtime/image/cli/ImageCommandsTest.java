package dev.jetpod.runtime.image.cli;

import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.image.testing.RegistryProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The image verbs as an operator types them, registered on a root command the way the runtime's Main does. */
class ImageCommandsTest {
    @TempDir
    Path work;

    @Command(name = "jetpod-runtime")
    static final class Root {
    }

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        CommandLine root = new CommandLine(new Root());
        ImageCommands.register(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        String[] full = new String[args.length + 1];
        full[0] = args[0];
        full[1] = "--image-root=" + work.resolve("images");
        System.arraycopy(args, 1, full, 2, args.length - 1);
        return new Result(root.execute(full), out.toString(), err.toString());
    }

    @Test
    void importListRemoveAndCollect() throws Exception {
        Path rootfs = Files.createDirectories(work.resolve("rootfs/bin"));
        Files.writeString(rootfs.resolve("hello"), "#!/bin/sh\necho hi\n");

        Result imported = run("import", rootfs.getParent().toString(), "hello:1", "--cmd", "/bin/hello", "--env", "A=1",
                "--workdir", "/", "--label", "k=v", "--expose", "8080");
        assertEquals(0, imported.code(), imported.err());
        String id = imported.out().trim();
        assertTrue(id.startsWith("sha256:"), id);
        try (ImageStore store = ImageStore.open(work.resolve("images"))) {
            var config = store.resolve("hello:1").config();
            assertEquals(java.util.List.of("/bin/hello"), config.cmd());
            assertEquals(java.util.List.of("A=1"), config.env());
            assertEquals(java.util.List.of("8080/tcp"), config.exposedPorts());
            assertEquals("v", config.labels().get("k"));
        }

        Result listed = run("images");
        assertEquals(0, listed.code());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("hello:1") && l.contains(id.substring(7, 19))), listed.out());
        assertEquals(id, run("images", "-q").out().trim());

        Result removed = run("rmi", "hello:1");
        assertEquals(0, removed.code(), removed.err());
        assertEquals("Untagged: hello:1\nDeleted: " + id + "\n", removed.out());
        assertEquals(0, run("image-gc").code());
        assertEquals("", run("images", "-q").out());
    }

    @Test
    void errorsAreOneLineWithExitCodeOne() {
        assertOneLineError(run("import", work.resolve("missing").toString(), "x:1"), "jetpod-runtime import: nothing to import at");
        assertOneLineError(run("pull", "NOT/valid"), "jetpod-runtime pull: invalid repository");
        assertOneLineError(run("rmi", "ghost:1"), "jetpod-runtime rmi: no image 'ghost:1' in the store");
        int port = RegistryProcess.freePort(); // nothing listens there
        assertOneLineError(run("pull", "--plain-http", "127.0.0.1:" + port + "/busybox:1"), "jetpod-runtime pull: could not connect to 127.0.0.1:" + port);
    }

    @Test
    void removingAHeldImageIsRefused() throws Exception {
        Path rootfs = Files.createDirectories(work.resolve("held"));
        Files.writeString(rootfs.resolve("f"), "f");
        String id = run("import", rootfs.toString(), "held:1").out().trim();
        try (ImageStore store = ImageStore.open(work.resolve("images"))) {
            store.acquire(id, "ctr-7");
        }
        assertOneLineError(run("rmi", "held:1"), "jetpod-runtime rmi: image " + id + " is in use by 1 holder(s): ctr-7");
    }

    private static void assertOneLineError(Result result, String prefix) {
        assertEquals(1, result.code());
        assertTrue(result.err().startsWith(prefix), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }
}
