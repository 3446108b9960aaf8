package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cgroup v1: one directory per hierarchy that holds a controller we use (cpu, cpuacct, memory, pids;
 * co-mounted controllers share one directory). Memory swap is limited to the memory limit, so a
 * container cannot escape its limit into swap.
 */
public class CgroupV1Manager implements CgroupManager {
    static final List<String> CONTROLLERS = List.of("cpu", "cpuacct", "memory", "pids");
    private final Map<String, Path> mounts;
    private final Set<Path> hierarchies = new LinkedHashSet<>();
    protected final CgroupFiles files;

    public CgroupV1Manager(Syscalls sys, Map<String, Path> controllerMounts) {
        this.files = new CgroupFiles(sys);
        this.mounts = controllerMounts;
        for (String c : CONTROLLERS) {
            Path m = controllerMounts.get(c);
            if (m == null) {
                throw new CgroupException("cgroup v1 controller '" + c + "' is not mounted");
            }
            hierarchies.add(m);
        }
    }

    @Override
    public CgroupVersion version() {
        return CgroupVersion.V1;
    }

    @Override
    public CgroupJoin ensure(String path, CgroupResources r) {
        List<Path> procs = new ArrayList<>(), tasks = new ArrayList<>();
        for (Path h : hierarchies) {
            Path dir = h.resolve(path);
            files.ensureDir(dir);
            procs.add(dir.resolve("cgroup.procs"));
            tasks.add(dir.resolve("tasks"));
        }
        Path cpu = dir("cpu", path), memory = dir("memory", path), pids = dir("pids", path);
        r.cpuShares().ifPresent(s -> files.write(cpu.resolve("cpu.shares"), Long.toString(s)));
        if (r.cpuQuotaMicros().isPresent()) {
            files.write(cpu.resolve("cpu.cfs_period_us"),
                    Long.toString(r.cpuPeriodMicros().orElse(CgroupResources.DEFAULT_PERIOD_MICROS)));
            files.write(cpu.resolve("cpu.cfs_quota_us"), Long.toString(r.cpuQuotaMicros().getAsLong()));
        }
        r.memoryLimitBytes().ifPresent(limit -> {
            files.write(memory.resolve("memory.limit_in_bytes"), Long.toString(limit));
            if (files.exists(memory.resolve("memory.memsw.limit_in_bytes"))) {
                files.write(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(limit));
            }
        });
        r.pidsLimit().ifPresent(limit -> files.write(pids.resolve("pids.max"), Long.toString(limit)));
        return new CgroupJoin(tasks, java.util.Optional.empty(), procs);
    }

    @Override
    public CgroupStats stats(String path) {
        Path memory = dir("memory", path);
        long usage = files.number(memory.resolve("memory.usage_in_bytes"));
        long inactiveFile = files.keyed(memory.resolve("memory.stat"), "total_inactive_file");
        return new CgroupStats(files.number(dir("cpuacct", path).resolve("cpuacct.usage")), usage,
                Math.max(0, usage - inactiveFile), files.keyed(memory.resolve("memory.stat"), "total_rss"),
                processes(path).size());
    }

    @Override
    public long oomKills(String path) {
        return files.keyed(dir("memory", path).resolve("memory.oom_control"), "oom_kill");
    }

    @Override
    public List<Integer> processes(String path) {
        return files.pids(dir("pids", path).resolve("cgroup.procs"));
    }

    @Override
    public void killAll(String path) {
        files.killAll(dir("pids", path).resolve("cgroup.procs"));
    }

    @Override
    public boolean remove(String path) {
        boolean existed = false;
        for (Path h : hierarchies) {
            existed |= files.remove(h.resolve(path));
        }
        return existed;
    }

    @Override
    public boolean exists(String path) {
        return files.exists(dir("memory", path));
    }

    @Override
    public Map<String, Path> directories(String path) {
        Map<String, Path> dirs = new java.util.LinkedHashMap<>();
        hierarchies.forEach(h -> dirs.put(h.getFileName().toString(), h.resolve(path)));
        return dirs;
    }

    private Path dir(String controller, String path) {
        return mounts.get(controller).resolve(path);
    }
}
