package dev.jetpod.runtime.container;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.cgroup.CgroupResources;
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

/** cgroup limits on this machine's real (v1/hybrid) hierarchy: OOM kills, pids limit, CPU shares and quota. */
@Tag("root")
class ResourceLimitTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static final ContainerRuntime rt = fx.runtime;

    @Test
    void memoryLimitBelowNeedIsOomKilled() {
        rt.create(ContainerConfig.builder("hog", new RootfsSource.Directory(fx.rootfs),
                        List.of("sh", "-c", "x=$(head -c 67108864 /dev/zero | tr '\\0' a); echo survived"))
                .resources(CgroupResources.of(null, null, 16L << 20, null)).build());
        rt.start("hog");
        ContainerStatus s = rt.awaitExit("hog", Duration.ofSeconds(60)).orElseThrow();
        assertEquals(TerminationReason.OOM_KILLED, s.reason().orElseThrow(), s.toString());
        assertNotEquals(0, s.exitCode().orElseThrow());
        rt.remove("hog", false);
        assertEquals(TerminationReason.OOM_KILLED, s.reason().get());
    }

    @Test
    void forkBombIsContainedByThePidsLimit() throws Exception {
        rt.create(ContainerConfig.builder("bomb", new RootfsSource.Directory(fx.rootfs),
                        List.of("sh", "-c", "while true; do sleep 30 & done 2>/dev/null"))
                .resources(CgroupResources.of(null, null, null, 20L)).build());
        rt.start("bomb");
        long peak = 0;
        while (rt.status("bomb").state() != ContainerState.STOPPED) { // busybox sh gives up once fork fails
            peak = Math.max(peak, rt.stats("bomb").processes());
            assertTrue(peak <= 20, "pids limit exceeded: " + peak);
            Thread.sleep(5);
        }
        ContainerStatus s = rt.awaitExit("bomb", Duration.ofSeconds(30)).orElseThrow();
        String events = Files.readString(Path.of("/sys/fs/cgroup/pids", fx.cgroupRoot, "bomb", "pids.events"));
        assertTrue(Long.parseLong(events.replaceAll("(?s).*max (\\d+).*", "$1")) > 0, "no fork was refused: " + events);
        assertEquals(TerminationReason.ERROR, s.reason().orElseThrow());
        rt.remove("bomb", false);
    }

    @Test
    void cpuRequestAndLimitBecomeSharesAndQuota() throws Exception {
        rt.create(ContainerConfig.builder("cpu", new RootfsSource.Directory(fx.rootfs), List.of("sleep", "30"))
                .resources(CgroupResources.of(250L, 500L, 64L << 20, 100L)).build());
        Path cpu = Path.of("/sys/fs/cgroup/cpu", fx.cgroupRoot, "cpu");
        assertEquals("256", Files.readString(cpu.resolve("cpu.shares")).trim());
        assertEquals("50000", Files.readString(cpu.resolve("cpu.cfs_quota_us")).trim());
        assertEquals("100000", Files.readString(cpu.resolve("cpu.cfs_period_us")).trim());
        assertEquals(Long.toString(64L << 20), Files.readString(Path.of("/sys/fs/cgroup/memory", fx.cgroupRoot, "cpu", "memory.limit_in_bytes")).trim());
        assertEquals("100", Files.readString(Path.of("/sys/fs/cgroup/pids", fx.cgroupRoot, "cpu", "pids.max")).trim());
        rt.remove("cpu", true);
    }
}
