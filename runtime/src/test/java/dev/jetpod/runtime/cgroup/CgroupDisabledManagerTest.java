package dev.jetpod.runtime.cgroup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CgroupDisabledManagerTest {
    @Test
    void joinsNothingAndRefusesLimits() {
        CgroupDisabledManager none = new CgroupDisabledManager();
        CgroupJoin join = none.ensure("jetpod/c", CgroupResources.NONE);
        assertTrue(join.taskFiles().isEmpty() && join.cloneInto().isEmpty());
        assertThrows(CgroupException.class, () -> none.ensure("jetpod/c", CgroupResources.of(null, null, 1L << 20, null)));
        assertEquals(new CgroupStats(0, 0, 0, 0, 0), none.stats("jetpod/c"));
    }
}
