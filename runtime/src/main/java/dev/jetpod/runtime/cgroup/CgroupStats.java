package dev.jetpod.runtime.cgroup;

/** Accounting of one cgroup: cumulative CPU time, memory in use, working set (usage minus inactive file cache), RSS. */
public record CgroupStats(long cpuUsageNanos, long memoryUsageBytes, long memoryWorkingSetBytes, long memoryRssBytes,
                          long processes) {
}
