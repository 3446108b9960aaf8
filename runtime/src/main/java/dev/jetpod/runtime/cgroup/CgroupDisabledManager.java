package dev.jetpod.runtime.cgroup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No cgroups at all, like crun's --cgroup-manager=disabled: containers are not limited or accounted.
 * For measurements side by side with runtimes run that way, and for machines without cgroups.
 */
public final class CgroupDisabledManager implements CgroupManager {
    @Override
    public CgroupVersion version() {
        return CgroupVersion.V1;
    }

    @Override
    public CgroupJoin ensure(String path, CgroupResources resources) {
        if (!resources.isEmpty()) {
            throw new CgroupException("cgroups are disabled: cannot apply limits to " + path);
        }
        return new CgroupJoin(List.of(), Optional.empty(), List.of());
    }

    @Override
    public CgroupStats stats(String path) {
        return new CgroupStats(0, 0, 0, 0, 0);
    }

    @Override
    public long oomKills(String path) {
        return 0;
    }

    @Override
    public List<Integer> processes(String path) {
        return List.of();
    }

    @Override
    public void killAll(String path) {
    }

    @Override
    public boolean remove(String path) {
        return false;
    }

    @Override
    public boolean exists(String path) {
        return false;
    }

    @Override
    public Map<String, Path> directories(String path) {
        return Map.of();
    }
}
