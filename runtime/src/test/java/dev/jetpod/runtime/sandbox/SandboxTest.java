package dev.jetpod.runtime.sandbox;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.cgroup.CgroupResources;
import dev.jetpod.runtime.container.ContainerStatus;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pod sandboxes: shared namespaces kept by bind-mounted files, no pause process. */
@Tag("root")
class SandboxTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static final ContainerRuntime rt = fx.runtime;

    private String runToEnd(String id, String sandbox, String script) throws Exception {
        rt.create(ContainerConfig.builder(id, new RootfsSource.Directory(fx.rootfs), List.of("sh", "-c", script))
                .sandbox(sandbox).build());
        rt.start(id);
        ContainerStatus s = rt.awaitExit(id, Duration.ofSeconds(30)).orElseThrow();
        assertEquals(0, s.exitCode().orElseThrow(), Files.readString(rt.logPath(id)));
        String out = String.join("\n", Files.readAllLines(rt.logPath(id)).stream()
                .map(l -> l.substring(l.indexOf(" F ") + 3)).toList());
        rt.remove(id, false);
        return out;
    }

    @Test
    void containersOfAPodShareNetIpcUtsButNotMountOrPid() throws Exception {
        Sandbox sb = rt.createSandbox(SandboxConfig.of("web", "web-0"));
        assertTrue(Files.exists(Path.of(sb.netns())));
        String a = runToEnd("a", "web", "hostname; readlink /proc/self/ns/net; readlink /proc/self/ns/ipc; readlink /proc/self/ns/uts; echo $$; ip=$(cat /proc/net/dev | grep -c :); echo ifaces=$ip");
        String b = runToEnd("b", "web", "hostname; readlink /proc/self/ns/net; readlink /proc/self/ns/ipc; readlink /proc/self/ns/uts; echo $$; ip=$(cat /proc/net/dev | grep -c :); echo ifaces=$ip");
        assertEquals(a, b);
        assertTrue(a.startsWith("web-0\n"), a);
        assertTrue(a.contains("\n1\n"), "each container is PID 1 of its own namespace: " + a);
        assertTrue(a.endsWith("ifaces=1"), "a fresh netns holds only lo: " + a);
        assertNotEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString(), a.split("\n")[1]);
        rt.removeSandbox("web");
    }

    @Test
    void loopbackIsUpInThePodNetwork() throws Exception {
        rt.createSandbox(SandboxConfig.of("lo", "lo-pod"));
        String out = runToEnd("ping", "lo", "cat /sys/class/net/lo/operstate; cat /sys/class/net/lo/flags");
        assertTrue(out.startsWith("unknown") || out.startsWith("up"), out);
        assertEquals(1, Integer.decode(out.split("\n")[1]) & 1, "IFF_UP: " + out);
        rt.removeSandbox("lo");
    }

    @Test
    void sharedPidNamespaceLetsContainersSeeEachOther() throws Exception {
        rt.createSandbox(new SandboxConfig("shared", "shared", false, true, CgroupResources.NONE));
        rt.create(ContainerConfig.builder("sleeper", new RootfsSource.Directory(fx.rootfs), List.of("sleep", "30"))
                .sandbox("shared").build());
        rt.start("sleeper");
        String out = runToEnd("looker", "shared", "ps -o comm | grep -c sleep; echo $$");
        assertEquals("1", out.split("\n")[0], out);
        assertNotEquals("1", out.split("\n")[1], "PID 1 belongs to the pod's init: " + out);
        rt.removeSandbox("shared"); // also removes the running sleeper
    }

    @Test
    void hostNetworkKeepsTheHostNetns() throws Exception {
        rt.createSandbox(new SandboxConfig("hostnet", "hostnet", true, false, CgroupResources.NONE));
        String out = runToEnd("h", "hostnet", "readlink /proc/self/ns/net");
        assertEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString(), out);
        rt.removeSandbox("hostnet");
    }

    @Test
    void podCgroupHoldsItsContainersAndReportsStats() throws Exception {
        rt.createSandbox(SandboxConfig.of("stats", "stats"));
        rt.create(ContainerConfig.builder("burn", new RootfsSource.Directory(fx.rootfs),
                List.of("sh", "-c", "x=$(head -c 3000000 /dev/zero | tr '\\0' a); i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; sleep 30")).sandbox("stats").build());
        rt.start("burn");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((rt.stats("burn").cpuUsageNanos() < 1_000_000 || rt.stats("burn").memoryRssBytes() == 0
                || rt.stats("burn").processes() != 1) && System.nanoTime() < deadline) { // until only `sleep` is left
            Thread.sleep(50);
        }
        var container = rt.stats("burn");
        var pod = rt.sandboxStats("stats");
        assertTrue(container.cpuUsageNanos() >= 1_000_000, container.toString());
        assertTrue(pod.cpuUsageNanos() >= container.cpuUsageNanos(), pod + " vs " + container);
        assertTrue(container.memoryWorkingSetBytes() > 0 && container.memoryRssBytes() > 0, container.toString());
        assertEquals(1, container.processes());
        rt.removeSandbox("stats");
    }
}
