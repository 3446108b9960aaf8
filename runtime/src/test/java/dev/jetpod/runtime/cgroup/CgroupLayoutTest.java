package dev.jetpod.runtime.cgroup;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CgroupLayoutTest {
    // the shape of this machine: v1 controllers in separate hierarchies plus a cgroup2 at unified
    static final String HYBRID = """
            24 30 0:22 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
            25 24 0:23 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
            26 24 0:24 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
            27 24 0:25 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
            28 24 0:26 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
            29 24 0:27 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
            30 24 0:28 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
            """;

    @Test
    void hybridMachine() {
        CgroupLayout l = CgroupLayout.parse(HYBRID);
        assertEquals(CgroupVersion.HYBRID, l.version());
        assertEquals(Path.of("/sys/fs/cgroup/memory"), l.v1Controllers().get("memory"));
        assertEquals(Path.of("/sys/fs/cgroup/unified"), l.unified().orElseThrow());
    }

    @Test
    void unifiedMachine() {
        CgroupLayout l = CgroupLayout.parse("35 24 0:30 / /sys/fs/cgroup rw,nosuid shared:9 - cgroup2 cgroup2 rw,nsdelegate\n");
        assertEquals(CgroupVersion.V2, l.version());
        assertEquals(Path.of("/sys/fs/cgroup"), l.unified().orElseThrow());
    }

    @Test
    void coMountedV1Controllers() {
        CgroupLayout l = CgroupLayout.parse("""
                25 24 0:23 / /sys/fs/cgroup/cpu,cpuacct rw,relatime shared:5 - cgroup cgroup rw,cpu,cpuacct
                27 24 0:25 / /sys/fs/cgroup/memory rw,relatime shared:6 - cgroup cgroup rw,memory
                """);
        assertEquals(CgroupVersion.V1, l.version());
        assertEquals(l.v1Controllers().get("cpu"), l.v1Controllers().get("cpuacct"));
    }

    @Test
    void noCgroupsIsAClearError() {
        assertThrows(CgroupException.class, () -> CgroupLayout.parse("22 1 0:5 / /proc rw - proc proc rw\n"));
    }
}
