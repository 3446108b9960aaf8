package dev.jetpod.runtime.exec;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.container.InvalidStateException;
import dev.jetpod.runtime.helper.HelperException;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** exec joins a running container's namespaces and cgroup; stdio is streamed, the exit code returned. */
@Tag("root")
class ExecTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.sharedByTheClass();
    static final ContainerRuntime rt = fx.runtime;

    @BeforeAll
    static void setUp() throws Exception {
        rt.create(ContainerConfig.builder("target", new RootfsSource.Directory(fx.rootfs),
                List.of("sh", "-c", "echo marker > /tmp/inside; sleep 60")).env(List.of("PATH=/bin", "WHO=container")).build());
        rt.start("target");
    }

    @AfterAll
    static void tearDown() throws Exception {
        rt.remove("target", true);
        fx.assertNothingLeft();
    }

    private static String all(java.io.InputStream in) throws Exception {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void seesTheContainersFilesystemPidsAndEnv() throws Exception {
        Thread.sleep(100);
        ExecSession s = rt.exec("target", ExecRequest.of("sh", "-c", "cat /tmp/inside; echo $WHO; ps -o pid,comm | grep -c sleep; echo oops >&2; exit 5"));
        s.stdin().close();
        String out = all(s.stdout()), err = all(s.stderr());
        assertEquals(5, s.waitFor());
        assertEquals("marker\ncontainer\n1\n", out);
        assertEquals("oops\n", err);
    }

    @Test
    void stdinIsStreamed() throws Exception {
        ExecSession s = rt.exec("target", ExecRequest.of("cat"));
        s.stdin().write("hello through the pipe\n".getBytes(StandardCharsets.UTF_8));
        s.stdin().close();
        assertEquals("hello through the pipe\n", all(s.stdout()));
        assertEquals(0, s.waitFor());
    }

    @Test
    void joinsTheContainersCgroup() throws Exception {
        ExecSession s = rt.exec("target", ExecRequest.of("cat", "/proc/self/cgroup"));
        s.stdin().close();
        String out = all(s.stdout());
        assertEquals(0, s.waitFor());
        assertTrue(out.contains(fx.cgroupRoot + "/target"), out);
    }

    @Test
    void ttyGivesATerminal() throws Exception {
        ExecSession s = rt.exec("target", ExecRequest.of("sh", "-c", "tty; exit 2").withTty(true));
        s.stdin().close();
        String out = all(s.stdout());
        assertEquals(2, s.waitFor());
        assertTrue(out.startsWith("/dev/pts/"), out);
    }

    @Test
    void userAndWorkingDirectoryCanBeChosen() throws Exception {
        ExecSession s = rt.exec("target", new ExecRequest(List.of("sh", "-c", "id -u; id -g; pwd"), Optional.empty(),
                Optional.of("/tmp"), Optional.of(65534L), Optional.of(65534L), false));
        s.stdin().close();
        assertEquals("65534\n65534\n/tmp\n", all(s.stdout()));
        assertEquals(0, s.waitFor());
    }

    @Test
    void missingProgramIsAnErrorNotAHang() {
        HelperException e = assertThrows(HelperException.class, () -> rt.exec("target", ExecRequest.of("nosuchprogram")));
        assertTrue(e.getMessage().contains("executable file not found"), e.getMessage());
    }

    @Test
    void execIntoAStoppedContainerIsRefused() {
        rt.create(ContainerConfig.builder("done", new RootfsSource.Directory(fx.rootfs), List.of("true")).build());
        rt.start("done");
        rt.awaitExit("done", java.time.Duration.ofSeconds(30)).orElseThrow();
        assertThrows(InvalidStateException.class, () -> rt.exec("done", ExecRequest.of("true")));
        rt.remove("done", false);
    }
}
