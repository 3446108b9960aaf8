package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * cgroup v2 (unified): controllers are enabled top-down through cgroup.subtree_control; shares become
 * cpu.weight, quota/period become cpu.max, the memory limit memory.max (and no swap), pids.max.
 */
public class CgroupV2Manager implements CgroupManager {
    private static final List<String> CONTROLLERS = List.of("cpu", "memory", "pids");
    private final Path root;
    private final CgroupFiles files;
    private final Syscalls sys;

    public CgroupV2Manager(Syscalls sys, Path root) {
        this.sys = sys;
        this.root = root;
        this.files = new CgroupFiles(sys);
    }

    @Override
    public CgroupVersion version() {
        return CgroupVersion.V2;
    }

    @Override
    public CgroupJoin ensure(String path, CgroupResources r) {
        Path parent = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            ensureControllersEnabled(parent);
            parent = parent.resolve(part);
            files.ensureDir(parent);
        }
        Path dir = root.resolve(path);
        r.cpuShares().ifPresent(s -> files.write(dir.resolve("cpu.weight"), Long.toString(CgroupResources.weightFromShares(s))));
        if (r.cpuQuotaMicros().isPresent()) {
            files.write(dir.resolve("cpu.max"), r.cpuQuotaMicros().getAsLong() + " "
                    + r.cpuPeriodMicros().orElse(CgroupResources.DEFAULT_PERIOD_MICROS));
        }
        r.memoryLimitBytes().ifPresent(limit -> {
            files.write(dir.resolve("memory.max"), Long.toString(limit));
            if (files.exists(dir.resolve("memory.swap.max"))) {
                files.write(dir.resolve("memory.swap.max"), "0");
            }
        });
        r.pidsLimit().ifPresent(limit -> files.write(dir.resolve("pids.max"), Long.toString(limit)));
        return new CgroupJoin(List.of(), java.util.Optional.of(dir), List.of(dir.resolve("cgroup.procs")));
    }

    private void ensureControllersEnabled(Path dir) {
        Set<String> available = words(dir.resolve("cgroup.controllers"));
        Set<String> enabled = words(dir.resolve("cgroup.subtree_control"));
        String missing = CONTROLLERS.stream().filter(available::contains).filter(c -> !enabled.contains(c))
                .map(c -> "+" + c).collect(Collectors.joining(" "));
        if (!missing.isEmpty()) {
            files.write(dir.resolve("cgroup.subtree_control"), missing);
        }
    }

    private Set<String> words(Path file) {
        return sys.readFile(file).map(s -> Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    @Override
    public CgroupStats stats(String path) {
        Path dir = root.resolve(path);
        long usage = files.number(dir.resolve("memory.current"));
        long inactiveFile = files.keyed(dir.resolve("memory.stat"), "inactive_file");
        return new CgroupStats(files.keyed(dir.resolve("cpu.stat"), "usage_usec") * 1000, usage,
                Math.max(0, usage - inactiveFile), files.keyed(dir.resolve("memory.stat"), "anon"),
                processes(path).size());
    }

    @Override
    public long oomKills(String path) {
        return files.keyed(root.resolve(path).resolve("memory.events"), "oom_kill");
    }

    @Override
    public List<Integer> processes(String path) {
        return files.pids(root.resolve(path).resolve("cgroup.procs"));
    }

    @Override
    public void killAll(String path) {
        Path kill = root.resolve(path).resolve("cgroup.kill");
        if (files.exists(kill)) {
            files.write(kill, "1");
        } else {
            files.killAll(root.resolve(path).resolve("cgroup.procs"));
        }
    }

    @Override
    public boolean remove(String path) {
        return files.remove(root.resolve(path));
    }

    @Override
    public java.util.Map<String, Path> directories(String path) {
        return java.util.Map.of("", root.resolve(path));
    }

    @Override
    public boolean exists(String path) {
        return files.exists(root.resolve(path));
    }
}
