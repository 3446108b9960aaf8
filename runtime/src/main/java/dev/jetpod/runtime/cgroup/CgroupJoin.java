package dev.jetpod.runtime.cgroup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a new container process enters its cgroups without the cost of a full migration: v1 hierarchies
 * by writing "0" to their {@code tasks} files from the (still single-threaded) init, a v2 cgroup by
 * clone3(CLONE_INTO_CGROUP). {@code procsFiles} are the cgroup.procs files, for joining a running
 * container later (exec).
 */
public record CgroupJoin(List<Path> taskFiles, Optional<Path> cloneInto, List<Path> procsFiles) {
}
