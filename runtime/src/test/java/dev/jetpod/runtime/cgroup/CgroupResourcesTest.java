package dev.jetpod.runtime.cgroup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CgroupResourcesTest {
    @Test
    void millicoresToSharesAndQuota() {
        CgroupResources r = CgroupResources.of(250L, 500L, 64L << 20, 100L);
        assertEquals(256, r.cpuShares().getAsLong());
        assertEquals(50_000, r.cpuQuotaMicros().getAsLong());
        assertEquals(100_000, r.cpuPeriodMicros().getAsLong());
        assertEquals(2, CgroupResources.sharesFromMillis(1));
    }

    @Test
    void sharesToWeightAsRuncDoes() {
        assertEquals(1, CgroupResources.weightFromShares(2));
        assertEquals(39, CgroupResources.weightFromShares(1024));
        assertEquals(10000, CgroupResources.weightFromShares(262144));
    }

    @Test
    void roundTripsThroughTheSpec() {
        CgroupResources r = CgroupResources.of(1000L, 2000L, 1L << 30, 50L);
        assertEquals(r, CgroupResources.fromSpec(r.toSpec()));
        assertEquals(CgroupResources.NONE, CgroupResources.fromSpec(CgroupResources.NONE.toSpec()));
    }
}
