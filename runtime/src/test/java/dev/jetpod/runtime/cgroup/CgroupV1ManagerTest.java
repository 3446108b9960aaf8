package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.testing.RecordingSyscalls;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CgroupV1ManagerTest {
    final RecordingSyscalls sys = new RecordingSyscalls();
    final CgroupManager hybrid = CgroupManagers.forLayout(sys, CgroupLayout.parse(CgroupLayoutTest.HYBRID));

    @Test
    void createsOneDirectoryPerHierarchyAndWritesLimits() {
        sys.withFile(Path.of("/sys/fs/cgroup/memory/jetpod/pod-a/c1/memory.memsw.limit_in_bytes"), "max");
        CgroupJoin join = hybrid.ensure("jetpod/pod-a/c1", CgroupResources.of(500L, 1500L, 128L << 20, 64L));
        assertEquals(List.of("cpu", "cpuacct", "memory", "pids", "unified"),
                join.procsFiles().stream().map(p -> p.getParent().getParent().getParent().getParent().getFileName().toString()).toList());
        assertEquals(Path.of("/sys/fs/cgroup/memory/jetpod/pod-a/c1/tasks"), join.taskFiles().get(2));
        assertEquals(4, join.taskFiles().size());
        assertEquals(Path.of("/sys/fs/cgroup/unified/jetpod/pod-a/c1"), join.cloneInto().orElseThrow());
        assertEquals(List.of(
                "write /sys/fs/cgroup/cpu/jetpod/pod-a/c1/cpu.shares 512",
                "write /sys/fs/cgroup/cpu/jetpod/pod-a/c1/cpu.cfs_period_us 100000",
                "write /sys/fs/cgroup/cpu/jetpod/pod-a/c1/cpu.cfs_quota_us 150000",
                "write /sys/fs/cgroup/memory/jetpod/pod-a/c1/memory.limit_in_bytes 134217728",
                "write /sys/fs/cgroup/memory/jetpod/pod-a/c1/memory.memsw.limit_in_bytes 134217728",
                "write /sys/fs/cgroup/pids/jetpod/pod-a/c1/pids.max 64"), sys.callsStartingWith("write"));
        assertTrue(sys.calls.contains("mkdir /sys/fs/cgroup/unified/jetpod/pod-a/c1"));
    }

    @Test
    void noLimitsWritesNothing() {
        hybrid.ensure("jetpod/c", CgroupResources.NONE);
        assertEquals(List.of(), sys.callsStartingWith("write"));
    }

    @Test
    void statsFromV1Files() {
        String m = "/sys/fs/cgroup/memory/jetpod/c/";
        sys.withFile(Path.of("/sys/fs/cgroup/cpuacct/jetpod/c/cpuacct.usage"), "123456789\n")
                .withFile(Path.of(m + "memory.usage_in_bytes"), "10000\n")
                .withFile(Path.of(m + "memory.stat"), "cache 0\nrss 10\ntotal_rss 4000\ntotal_inactive_file 3000\n")
                .withFile(Path.of(m + "memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n")
                .withFile(Path.of("/sys/fs/cgroup/pids/jetpod/c/cgroup.procs"), "12\n13\n");
        CgroupStats s = hybrid.stats("jetpod/c");
        assertEquals(new CgroupStats(123456789, 10000, 7000, 4000, 2), s);
        assertEquals(2, hybrid.oomKills("jetpod/c"));
    }

    @Test
    void removeTakesEveryHierarchy() {
        hybrid.ensure("jetpod/c", CgroupResources.NONE);
        assertTrue(hybrid.remove("jetpod/c"));
        assertEquals(5, sys.callsStartingWith("rmdir").size());
        assertTrue(!hybrid.remove("jetpod/c"));
    }
}
