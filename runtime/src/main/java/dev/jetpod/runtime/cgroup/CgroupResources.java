package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.spec.LinuxSpec;

import java.util.OptionalLong;

/**
 * Limits in the units of the OCI spec / cgroup v1: cpu shares (2..262144), CFS quota and period in µs,
 * memory limit in bytes, pids limit. Empty means "no limit". The v2 backend converts.
 */
public record CgroupResources(OptionalLong cpuShares, OptionalLong cpuQuotaMicros, OptionalLong cpuPeriodMicros,
                              OptionalLong memoryLimitBytes, OptionalLong pidsLimit) {
    public static final long DEFAULT_PERIOD_MICROS = 100_000;

    public static final CgroupResources NONE = new CgroupResources(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());

    /** Kubernetes-style: a cpu request in millicores becomes shares, a limit becomes a quota per 100 ms. */
    public static CgroupResources of(Long cpuRequestMillis, Long cpuLimitMillis, Long memoryLimitBytes, Long pidsLimit) {
        return new CgroupResources(
                cpuRequestMillis == null ? OptionalLong.empty() : OptionalLong.of(sharesFromMillis(cpuRequestMillis)),
                cpuLimitMillis == null ? OptionalLong.empty() : OptionalLong.of(Math.max(1000, cpuLimitMillis * DEFAULT_PERIOD_MICROS / 1000)),
                cpuLimitMillis == null ? OptionalLong.empty() : OptionalLong.of(DEFAULT_PERIOD_MICROS),
                memoryLimitBytes == null ? OptionalLong.empty() : OptionalLong.of(memoryLimitBytes),
                pidsLimit == null ? OptionalLong.empty() : OptionalLong.of(pidsLimit));
    }

    public static CgroupResources fromSpec(LinuxSpec.Resources r) {
        if (r == null) {
            return NONE;
        }
        LinuxSpec.Cpu cpu = r.cpu();
        return new CgroupResources(
                cpu != null && cpu.shares() != null ? OptionalLong.of(cpu.shares()) : OptionalLong.empty(),
                cpu != null && cpu.quota() != null && cpu.quota() > 0 ? OptionalLong.of(cpu.quota()) : OptionalLong.empty(),
                cpu != null && cpu.period() != null ? OptionalLong.of(cpu.period()) : OptionalLong.empty(),
                r.memory() != null && r.memory().limit() != null && r.memory().limit() > 0
                        ? OptionalLong.of(r.memory().limit()) : OptionalLong.empty(),
                r.pids() != null && r.pids().limit() != null && r.pids().limit() > 0
                        ? OptionalLong.of(r.pids().limit()) : OptionalLong.empty());
    }

    /** Kubernetes' MilliCPUToShares: 1000m = 1024 shares, at least 2. */
    public static long sharesFromMillis(long millis) {
        return Math.max(2, millis * 1024 / 1000);
    }

    /** The conversion runc and the kernel documentation use: shares 2..262144 onto weight 1..10000. */
    public static long weightFromShares(long shares) {
        long s = Math.min(262144, Math.max(2, shares));
        return 1 + ((s - 2) * 9999) / 262142;
    }

    /** The same limits as OCI spec resources (what config.json would say). */
    public LinuxSpec.Resources toSpec() {
        LinuxSpec.Cpu cpu = cpuShares.isPresent() || cpuQuotaMicros.isPresent()
                ? new LinuxSpec.Cpu(boxed(cpuShares), boxed(cpuQuotaMicros), boxed(cpuPeriodMicros)) : null;
        return new LinuxSpec.Resources(memoryLimitBytes.isPresent() ? new LinuxSpec.Memory(memoryLimitBytes.getAsLong()) : null,
                cpu, pidsLimit.isPresent() ? new LinuxSpec.Pids(pidsLimit.getAsLong()) : null);
    }

    private static Long boxed(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
