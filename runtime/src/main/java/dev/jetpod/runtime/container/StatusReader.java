package dev.jetpod.runtime.container;

import dev.jetpod.runtime.cgroup.CgroupManager;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Derives a container's state from what is on disk and in /proc: the supervisor's exit file means
 * stopped (the reason then comes from the exit code, the exec error and the cgroup's OOM-kill count);
 * otherwise a live init is created or running. The first time it sees a container stopped it freezes
 * the outcome into the record, because the cgroup that knows about OOM kills is removed later.
 */
final class StatusReader {
    private final ContainerStore store;
    private final CgroupManager cgroups;
    private final ProcessIdentity identity;

    StatusReader(Syscalls sys, ContainerStore store, CgroupManager cgroups, ProcessIdentity identity) {
        this.store = store;
        this.cgroups = cgroups;
        this.identity = identity;
    }

    ContainerStatus status(ContainerRecord r) {
        if (r.finalReason() != null) {
            return stopped(r);
        }
        if (r.creating()) {
            return build(r, ContainerState.CREATING, null, null, null, null, "");
        }
        Optional<ExitRecord> exit = store.exit(r.id());
        if (exit.isEmpty()) {
            Long startedAt = startedAt(r);
            if (identity.isAlive(r.pid(), r.pidStartTime())) {
                return build(r, startedAt != null ? ContainerState.RUNNING : ContainerState.CREATED, startedAt, null, null, null, "");
            }
            if (identity.isAlive(r.supervisorPid(), r.supervisorStartTime())) {
                return build(r, ContainerState.RUNNING, startedAt, null, null, null, ""); // recording the exit now
            }
            exit = store.exit(r.id());
            if (exit.isEmpty()) {
                return freeze(r, TerminationReason.ERROR, "the supervisor exited without recording a status", 255,
                        System.currentTimeMillis() * 1_000_000L, r.startedAt());
            }
        }
        ExitRecord e = exit.get();
        Long started = e.startedAt() > 0 ? Long.valueOf(e.startedAt()) : startedAt(r);
        if (!e.error().isEmpty()) {
            return freeze(r, TerminationReason.CONTAINER_CANNOT_RUN, stripStage(e.error()), e.exitCode(), e.finishedAt(), null);
        }
        boolean oom = e.exitCode() != 0 && r.cgroupPath() != null && cgroups.exists(r.cgroupPath())
                && cgroups.oomKills(r.cgroupPath()) > 0;
        if (oom) { // only the cgroup knows, and it goes away with the container: remember it
            return freeze(r, TerminationReason.OOM_KILLED, "", e.exitCode(), e.finishedAt(), started);
        }
        TerminationReason reason = e.exitCode() == 0 ? TerminationReason.COMPLETED : TerminationReason.ERROR;
        return build(r, ContainerState.STOPPED, started, e.finishedAt(), e.exitCode(), reason, "");
    }

    /** From the record, or from the mtime of the "started" FIFO that start() renamed and wrote to. */
    private Long startedAt(ContainerRecord r) {
        if (r.startedAt() != null) {
            return r.startedAt();
        }
        try {
            var t = java.nio.file.Files.getLastModifiedTime(store.layout().container(r.id()).resolve("started")).toInstant();
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String stripStage(String error) {
        return error.startsWith("exec: ") ? error.substring(6) : error;
    }

    private ContainerStatus freeze(ContainerRecord r, TerminationReason reason, String message, int code, long finished, Long started) {
        ContainerRecord done = r.finished(reason.kubernetesName(), message, code, finished, started);
        store.saveIfPresent(done);
        return stopped(done);
    }

    private ContainerStatus stopped(ContainerRecord r) {
        TerminationReason reason = null;
        for (TerminationReason t : TerminationReason.values()) {
            if (t.kubernetesName().equals(r.finalReason())) {
                reason = t;
            }
        }
        return build(r, ContainerState.STOPPED, r.startedAt(), r.finishedAt(), r.finalExitCode(), reason,
                r.finalMessage() == null ? "" : r.finalMessage());
    }

    private ContainerStatus build(ContainerRecord r, ContainerState state, Long started, Long finished, Integer code,
                                  TerminationReason reason, String message) {
        Path log = r.logPath() == null ? null : Path.of(r.logPath());
        return new ContainerStatus(r.id(), r.sandboxId(), state, state == ContainerState.STOPPED ? 0 : r.pid(),
                r.bundle() == null ? null : Path.of(r.bundle()), instant(r.createdAt()),
                Optional.ofNullable(started).map(StatusReader::instant), Optional.ofNullable(finished).map(StatusReader::instant),
                Optional.ofNullable(code), Optional.ofNullable(reason), message, log,
                r.annotations() == null ? java.util.Map.of() : r.annotations());
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(epochNanos / 1_000_000_000L, epochNanos % 1_000_000_000L);
    }
}
