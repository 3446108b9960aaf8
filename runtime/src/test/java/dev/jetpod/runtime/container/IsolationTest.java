package dev.jetpod.runtime.container;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a process inside sees: rootfs, /dev, /proc hardening, identity, capabilities, volumes, layers. */
@Tag("root")
class IsolationTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static final ContainerRuntime rt = fx.runtime;

    /** Runs the config to completion and returns its stdout lines (stderr appended after "--"). */
    private List<String> run(ContainerConfig.Builder b, int expectedExit) throws Exception {
        ContainerConfig c = b.build();
        rt.create(c);
        rt.start(c.id());
        ContainerStatus s = rt.awaitExit(c.id(), Duration.ofSeconds(30)).orElseThrow();
        List<String> raw = Files.readAllLines(rt.logPath(c.id()));
        List<String> out = raw.stream().filter(l -> l.contains(" stdout ")).map(l -> l.substring(l.indexOf(" F ") + 3)).toList();
        assertEquals(expectedExit, s.exitCode().orElseThrow(), raw.toString());
        rt.remove(c.id(), false);
        return out;
    }

    private ContainerConfig.Builder sh(String id, String script) {
        return ContainerConfig.builder(id, new RootfsSource.Directory(fx.rootfs), List.of("sh", "-c", script));
    }

    @Test
    void devHasTheStandardNodesAndMounts() throws Exception {
        List<String> out = run(sh("dev", "ls /dev | tr '\\n' ' '; echo; mount | grep -c ' /dev/pts \\| /dev/shm \\| /dev/mqueue '; "
                + "echo x > /dev/null && head -c 4 /dev/zero | wc -c"), 0);
        for (String node : List.of("null", "zero", "full", "random", "urandom", "tty", "pts", "shm", "mqueue", "fd", "ptmx", "stdout")) {
            assertTrue((" " + out.get(0) + " ").contains(" " + node + " "), node + " missing in " + out);
        }
        assertEquals("3", out.get(1));
        assertEquals("4", out.get(2).trim());
    }

    @Test
    void theInitIsInItsCgroupInEveryHierarchy() throws Exception {
        List<String> out = run(sh("cg", "cat /proc/self/cgroup"), 0);
        String own = "/" + fx.cgroupRoot + "/cg";
        for (String controller : List.of("cpu", "cpuacct", "memory", "pids")) {
            assertTrue(out.stream().anyMatch(l -> l.matches("\\d+:" + controller + ":" + own)), controller + ": " + out);
        }
        assertTrue(out.contains("0::" + own), "unified hierarchy, joined by clone3(CLONE_INTO_CGROUP): " + out);
    }

    @Test
    void procAndSysAreHardened() throws Exception {
        List<String> out = run(sh("proc", "cat /proc/kcore | wc -c; touch /sys/x 2>/dev/null && echo sys-rw || echo sys-ro; "
                + "echo 1 > /proc/sys/kernel/domainname 2>/dev/null && echo procsys-rw || echo procsys-ro; "
                + "ls /sys/fs/cgroup | tr '\\n' ' '"), 0);
        assertEquals("0", out.get(0).trim());
        assertEquals("sys-ro", out.get(1));
        assertEquals("procsys-ro", out.get(2));
        assertTrue(out.get(3).contains("memory") && out.get(3).contains("pids"), out.toString());
    }

    @Test
    void readOnlyRootfsAndWritableVolume() throws Exception {
        Path vol = Files.createDirectories(fx.base.resolve("vol-rw"));
        Path ro = Files.createDirectories(fx.base.resolve("vol-ro"));
        Files.writeString(ro.resolve("config"), "from host\n");
        List<String> out = run(sh("ro", "touch /rootfile 2>/dev/null && echo root-rw || echo root-ro; "
                + "echo written > /data/out && echo vol-ok; cat /etc/app/config; touch /etc/app/x 2>/dev/null && echo cfg-rw || echo cfg-ro")
                .readOnlyRootfs(true)
                .volumes(List.of(new ContainerConfig.Volume(vol, "/data", false), new ContainerConfig.Volume(ro, "/etc/app", true))), 0);
        assertEquals(List.of("root-ro", "vol-ok", "from host", "cfg-ro"), out);
        assertEquals("written\n", Files.readString(vol.resolve("out")));
        assertFalse(Files.exists(fx.rootfs.resolve("rootfile")));
    }

    @Test
    void userGroupsAndWorkingDirectory() throws Exception {
        List<String> out = run(sh("user", "id -u; id -g; id -G; pwd; grep CapEff /proc/self/status")
                .user(new ContainerConfig.User(1000, 1001, List.of(2000L))).workingDir("/tmp"), 0);
        assertEquals("1000", out.get(0));
        assertEquals("1001", out.get(1));
        assertTrue(out.get(2).contains("2000"), out.toString());
        assertEquals("/tmp", out.get(3));
        assertTrue(out.get(4).endsWith("0000000000000000"), "non-root gets no effective capabilities: " + out);
    }

    @Test
    void dockerDefaultCapabilitiesWithAddAndDrop() throws Exception {
        List<String> base = run(sh("caps", "grep -E 'CapEff|CapBnd' /proc/self/status; grep NoNewPrivs /proc/self/status"), 0);
        assertTrue(base.get(0).endsWith("00000000a80425fb"), base.toString());
        assertTrue(base.get(1).endsWith("00000000a80425fb"), base.toString());
        assertTrue(base.get(2).endsWith("0"), "privilege escalation allowed by default: " + base);
        List<String> nnp = run(sh("nnp", "grep NoNewPrivs /proc/self/status").noNewPrivileges(true), 0);
        assertTrue(nnp.get(0).endsWith("1"), nnp.toString());
        List<String> changed = run(sh("caps2", "grep CapEff /proc/self/status").capabilities(List.of("NET_ADMIN"), List.of("CHOWN", "MKNOD")), 0);
        long mask = Long.parseLong(changed.get(0).replaceAll(".*\\s", ""), 16);
        assertEquals(0xa80425fbL & ~1L & ~(1L << 27) | (1L << 12), mask);
    }

    @Test
    void environmentAndHostname() throws Exception {
        List<String> out = run(ContainerConfig.builder("envhost", new RootfsSource.Directory(fx.rootfs), List.of("sh", "-c", "echo $GREETING; hostname"))
                .env(List.of("PATH=/bin", "GREETING=hello world")), 0);
        assertEquals(List.of("hello world", "envhost"), out);
    }

    @Test
    void imageLayersAreStackedWithOverlayAndStayUntouched() throws Exception {
        Path lower = fx.rootfs;
        Path upperLayer = Files.createDirectories(fx.base.resolve("layer2/etc"));
        Files.writeString(upperLayer.resolve("motd"), "from layer 2\n");
        RootfsSource layers = new RootfsSource.Layers(List.of(lower, fx.base.resolve("layer2")));
        List<String> out = run(ContainerConfig.builder("layers", layers,
                List.of("sh", "-c", "cat /etc/motd; echo changed > /etc/motd; rm /bin/true; cat /etc/motd; mount | grep -c '^overlay on / '")), 0);
        assertEquals(List.of("from layer 2", "changed", "1"), out);
        assertEquals("from layer 2\n", Files.readString(upperLayer.resolve("motd")));
        assertTrue(Files.exists(lower.resolve("bin/true"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
