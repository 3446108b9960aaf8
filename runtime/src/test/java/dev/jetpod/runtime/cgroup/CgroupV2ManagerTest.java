package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.container.ContainerStore;
import dev.jetpod.runtime.testing.CgroupV2Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cgroup v2 against a faithful file tree (this machine's v2 hierarchy has no memory controller). */
class CgroupV2ManagerTest {
    Path dir;
    CgroupV2Tree tree;
    CgroupManager v2;

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("jetpod-cgv2");
        tree = new CgroupV2Tree(dir, "cpuset cpu io memory hugetlb pids rdma misc");
        v2 = new CgroupV2Manager(tree, dir);
    }

    @AfterEach
    void tearDown() {
        ContainerStore.deleteTree(dir);
    }

    private String read(String rel) throws Exception {
        return Files.readString(dir.resolve(rel)).trim();
    }

    @Test
    void enablesControllersTopDownAndWritesLimits() throws Exception {
        CgroupJoin join = v2.ensure("jetpod/pod-a/c1", CgroupResources.of(500L, 250L, 64L << 20, 32L));
        assertEquals(List.of(dir.resolve("jetpod/pod-a/c1/cgroup.procs")), join.procsFiles());
        assertEquals(dir.resolve("jetpod/pod-a/c1"), join.cloneInto().orElseThrow());
        assertEquals(List.of(), join.taskFiles());
        assertEquals("cpu memory pids", read("cgroup.subtree_control"));
        assertEquals("cpu memory pids", read("jetpod/pod-a/cgroup.subtree_control"));
        assertEquals("", read("jetpod/pod-a/c1/cgroup.subtree_control"));
        assertEquals("20", read("jetpod/pod-a/c1/cpu.weight"));
        assertEquals("25000 100000", read("jetpod/pod-a/c1/cpu.max"));
        assertEquals(Long.toString(64L << 20), read("jetpod/pod-a/c1/memory.max"));
        assertEquals("0", read("jetpod/pod-a/c1/memory.swap.max"));
        assertEquals("32", read("jetpod/pod-a/c1/pids.max"));
    }

    @Test
    void ensureIsIdempotent() throws Exception {
        v2.ensure("jetpod/c", CgroupResources.NONE);
        v2.ensure("jetpod/c", CgroupResources.of(null, null, 1L << 20, null));
        assertEquals("1048576", read("jetpod/c/memory.max"));
    }

    @Test
    void statsAndOomFromV2Files() throws Exception {
        v2.ensure("jetpod/c", CgroupResources.NONE);
        Files.writeString(dir.resolve("jetpod/c/memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
        Files.writeString(dir.resolve("jetpod/c/cgroup.procs"), "42\n");
        assertEquals(new CgroupStats(1_500_000, 8388608, 8388608 - 1048576, 4194304, 1), v2.stats("jetpod/c"));
        assertEquals(1, v2.oomKills("jetpod/c"));
    }

    @Test
    void removeRefusesABusyCgroupAndTakesAnEmptyOne() throws Exception {
        v2.ensure("jetpod/c", CgroupResources.NONE);
        assertThrows(CgroupException.class, () -> v2.remove("jetpod"));
        assertTrue(v2.remove("jetpod/c"));
        assertTrue(v2.remove("jetpod"));
        assertFalse(v2.exists("jetpod"));
        assertFalse(v2.remove("jetpod"));
    }

    @Test
    void aValueTheKernelRejectsIsATypedError() {
        CgroupException e = assertThrows(CgroupException.class,
                () -> v2.ensure("jetpod/c", new CgroupResources(java.util.OptionalLong.empty(), java.util.OptionalLong.of(10),
                        java.util.OptionalLong.empty(), java.util.OptionalLong.empty(), java.util.OptionalLong.empty())));
        assertTrue(e.getMessage().contains("cpu.max") && e.getMessage().contains("EINVAL"), e.getMessage());
    }

    @Test
    void killUsesCgroupKill() throws Exception {
        v2.ensure("jetpod/c", CgroupResources.NONE);
        v2.killAll("jetpod/c");
        assertEquals("1", read("jetpod/c/cgroup.kill"));
    }
}
