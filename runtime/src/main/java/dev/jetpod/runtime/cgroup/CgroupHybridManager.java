package dev.jetpod.runtime.cgroup;

import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hybrid mode (v1 controllers plus a v2 hierarchy without them, as on this machine): limits and
 * accounting come from v1; the container also gets a directory in the unified hierarchy, as runc and
 * systemd do, so tools that look there see it. Nothing about the machine's layout changes.
 */
public class CgroupHybridManager extends CgroupV1Manager {
    private final Path unified;

    public CgroupHybridManager(Syscalls sys, Map<String, Path> controllerMounts, Path unified) {
        super(sys, controllerMounts);
        this.unified = unified;
    }

    @Override
    public CgroupVersion version() {
        return CgroupVersion.HYBRID;
    }

    @Override
    public CgroupJoin ensure(String path, CgroupResources r) {
        CgroupJoin v1 = super.ensure(path, r);
        files.ensureDir(unified.resolve(path));
        List<Path> procs = new ArrayList<>(v1.procsFiles());
        procs.add(unified.resolve(path).resolve("cgroup.procs"));
        return new CgroupJoin(v1.taskFiles(), java.util.Optional.of(unified.resolve(path)), procs);
    }

    @Override
    public Map<String, Path> directories(String path) {
        Map<String, Path> dirs = new java.util.LinkedHashMap<>(super.directories(path));
        dirs.put(unified.getFileName().toString(), unified.resolve(path));
        return dirs;
    }

    @Override
    public boolean remove(String path) {
        boolean existed = super.remove(path);
        return files.remove(unified.resolve(path)) || existed;
    }
}
