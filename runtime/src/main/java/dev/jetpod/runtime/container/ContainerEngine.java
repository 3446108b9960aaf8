package dev.jetpod.runtime.container;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.RuntimeFailure;
import dev.jetpod.runtime.cgroup.CgroupJoin;
import dev.jetpod.runtime.cgroup.CgroupManager;
import dev.jetpod.runtime.cgroup.CgroupResources;
import dev.jetpod.runtime.helper.ContainerPlanner;
import dev.jetpod.runtime.helper.ContainerSetup;
import dev.jetpod.runtime.helper.HelperConfig;
import dev.jetpod.runtime.helper.HelperException;
import dev.jetpod.runtime.helper.HelperLauncher;
import dev.jetpod.runtime.rootfs.OverlayRootfs;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.spec.Spec;
import dev.jetpod.runtime.sys.Syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The OCI lifecycle over the state directory: create (cgroup, rootfs, helper), start (poke the start
 * FIFO), wait (pidfd of the supervisor), kill, delete. Works the same for a container this instance
 * created and for one a previous instance left running.
 */
public final class ContainerEngine {
    private final Syscalls sys;
    private final ContainerStore store;
    private final CgroupManager cgroups;
    private final HelperLauncher helper;
    private final OverlayRootfs overlay;
    private final ProcessIdentity identity;
    private final StatusReader statusReader;
    private final ContainerPlanner planner = new ContainerPlanner();
    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    public ContainerEngine(Syscalls sys, StateLayout layout, CgroupManager cgroups, HelperLauncher helper) {
        this.sys = sys;
        this.store = new ContainerStore(layout);
        this.cgroups = cgroups;
        this.helper = helper;
        this.overlay = new OverlayRootfs(sys);
        this.identity = new ProcessIdentity(sys);
        this.statusReader = new StatusReader(sys, store, cgroups, identity);
    }

    public ContainerStore store() {
        return store;
    }

    public CgroupManager cgroups() {
        return cgroups;
    }

    private Object lock(String id) {
        return locks.computeIfAbsent(id, k -> new Object());
    }

    public ContainerStatus create(CreateRequest r) {
        synchronized (lock(r.id())) {
            Path dir = store.layout().container(r.id());
            if (Files.exists(dir.resolve("state.json"))) {
                throw new ContainerExistsException(r.id());
            }
            Path log = r.logFile().orElse(null);
            ContainerRecord record = new ContainerRecord(r.id(), r.sandboxId(), r.bundle() == null ? null : r.bundle().toString(),
                    null, r.rootfs() instanceof RootfsSource.Layers, r.cgroupPath(), 0, 0, 0, 0,
                    log == null ? null : log.toString(), System.currentTimeMillis() * 1_000_000L, null, true,
                    null, null, null, null, r.spec().annotations());
            sys.ensureDirectory(dir);
            try {
                String rootfs = r.rootfs() instanceof RootfsSource.Layers layers
                        ? overlay.mount(dir, layers).toString() : r.spec().root().path();
                Spec spec = r.spec().withRoot(new Spec.Root(rootfs, r.spec().root().readonly()));
                CgroupJoin join = cgroups.ensure(r.cgroupPath(),
                        CgroupResources.fromSpec(spec.linux() == null ? null : spec.linux().resources()));
                HelperConfig plan = planner.plan(new ContainerSetup(spec, r.bundle(), dir, r.logFile(), r.foreground(),
                        r.waitForStart(), join, cgroups.directories(r.cgroupPath())));
                HelperLauncher.Pending pending = helper.launch(plan, r.stdio());
                // while the helper builds the container: record what a restarted runtime needs to clean up
                store.save(record);
                store.writeAtomically(dir.resolve("config.json"), spec);
                HelperLauncher.Started started = pending.awaitReport();
                if (started.pid() > 0) {
                    sys.waitFor(started.pid()); // a spawned launcher exits as soon as it has forked the supervisor
                }
                int pid = started.reportInt(0), supervisor = started.reportInt(1);
                record = record.created(pid, identity.startTime(pid), supervisor, identity.startTime(supervisor));
                store.save(record);
                return statusReader.status(record);
            } catch (HelperException e) {
                if (!e.isExecFailure()) {
                    releaseAll(record);
                    throw e;
                }
                releaseResources(record);
                store.save(record.finished(TerminationReason.CONTAINER_CANNOT_RUN.kubernetesName(), e.getMessage(), 127,
                        System.currentTimeMillis() * 1_000_000L, null));
                throw new ContainerCannotRunException(r.id(), e.getMessage());
            } catch (RuntimeException e) {
                releaseAll(record);
                throw e;
            }
        }
    }

    public void start(String id) {
        synchronized (lock(id)) {
            ContainerRecord record = store.get(id);
            ContainerStatus status = statusReader.status(record);
            if (status.state() != ContainerState.CREATED) {
                throw new InvalidStateException("container " + id + " is " + status.state().ociName() + ", not created");
            }
            Path fifo = store.layout().container(id).resolve("start");
            if (!sys.pokeFifo(fifo)) {
                throw new InvalidStateException("container " + id + " is no longer waiting to start");
            }
            try { // the renamed FIFO marks the container started; its mtime (set by the write) is the start time
                Files.move(fifo, fifo.resolveSibling("started"));
            } catch (java.io.IOException e) {
                store.save(record.started(System.currentTimeMillis() * 1_000_000L));
            }
        }
    }

    public ContainerStatus status(String id) {
        return statusReader.status(store.get(id));
    }

    public List<ContainerStatus> list() {
        return store.all().stream().map(statusReader::status).toList();
    }

    /** Waits for the container to stop; empty if it is still running after the timeout. */
    public Optional<ContainerStatus> awaitExit(String id, Duration timeout) {
        ContainerRecord record = store.get(id);
        if (record.finishedAt() == null && !record.creating() && store.exit(id).isEmpty()) {
            if (identity.isAlive(record.supervisorPid(), record.supervisorStartTime())) {
                Optional<Integer> pidfd = sys.openPidfd(record.supervisorPid());
                if (pidfd.isPresent()) {
                    try {
                        if (identity.isAlive(record.supervisorPid(), record.supervisorStartTime())
                                && !sys.awaitReadable(pidfd.get(), timeout.toMillis())) {
                            return Optional.empty();
                        }
                    } finally {
                        sys.close(pidfd.get());
                    }
                }
            }
        }
        ContainerStatus s = statusReader.status(store.get(id));
        return s.state() == ContainerState.STOPPED ? Optional.of(s) : Optional.empty();
    }

    /** Signals the container's init (or, with {@code all}, every process in its cgroup). */
    public void kill(String id, int signal, boolean all) {
        ContainerRecord record = store.get(id);
        ContainerStatus status = statusReader.status(record);
        if (status.state() == ContainerState.STOPPED) {
            throw new InvalidStateException("container " + id + " is not running");
        }
        if (all) {
            for (int pid : cgroups.processes(record.cgroupPath())) {
                sys.signal(pid, signal);
            }
        }
        if (identity.isAlive(record.pid(), record.pidStartTime())) {
            sys.signal(record.pid(), signal);
        }
    }

    /** SIGTERM, then after the grace period SIGKILL to everything in the container's cgroup. */
    public ContainerStatus stop(String id, Duration grace) {
        ContainerStatus status = status(id);
        if (status.state() == ContainerState.STOPPED) {
            return status;
        }
        kill(id, Syscalls.SIGTERM, false);
        return awaitExit(id, grace).orElseGet(() -> killAndWait(id));
    }

    private ContainerStatus killAndWait(String id) {
        ContainerRecord record = store.get(id);
        cgroups.killAll(record.cgroupPath());
        if (identity.isAlive(record.pid(), record.pidStartTime())) {
            sys.signal(record.pid(), Syscalls.SIGKILL);
        }
        return awaitExit(id, Duration.ofSeconds(30))
                .orElseThrow(() -> new RuntimeFailure("container " + id + " did not stop after SIGKILL"));
    }

    /**
     * Removes a stopped (or, with force, any) container and everything it holds; returns its last status.
     * Absent counts as an error, like runc.
     */
    public ContainerStatus delete(String id, boolean force) {
        ContainerStatus last;
        synchronized (lock(id)) {
            ContainerRecord record = store.get(id);
            ContainerStatus status = statusReader.status(record);
            if (status.state() == ContainerState.RUNNING && !force) {
                throw new InvalidStateException("container " + id + " is running; stop it first or use force");
            }
            last = status;
            if (status.state() != ContainerState.STOPPED) {
                killAndWaitQuietly(id, record);
                last = statusReader.status(store.get(id));
            }
            releaseAll(store.get(id));
        }
        locks.remove(id);
        return last;
    }

    private void killAndWaitQuietly(String id, ContainerRecord record) {
        if (record.creating()) {
            return;
        }
        killAndWait(id);
    }

    public ExecPlanSource execSource(String id) {
        ContainerRecord record = store.get(id);
        ContainerStatus status = statusReader.status(record);
        if (status.state() != ContainerState.RUNNING && status.state() != ContainerState.CREATED) {
            throw new InvalidStateException("container " + id + " is " + status.state().ociName() + "; exec needs a running container");
        }
        Spec spec;
        try {
            spec = json.readValue(store.layout().container(id).resolve("config.json").toFile(), Spec.class);
        } catch (IOException e) {
            throw new RuntimeFailure("could not read the spec of container " + id + ": " + e.getMessage(), e);
        }
        return new ExecPlanSource(record, spec, cgroups.ensure(record.cgroupPath(), CgroupResources.NONE).procsFiles());
    }

    /** What an exec needs from the container: its init pid, its spec's process defaults, its cgroup. */
    public record ExecPlanSource(ContainerRecord record, Spec spec, List<Path> cgroupProcs) {
    }

    /** Frees cgroup and rootfs mount but keeps the record (a container that cannot run stays visible). */
    private void releaseResources(ContainerRecord record) {
        if (record.cgroupPath() != null && cgroups.exists(record.cgroupPath())) {
            cgroups.killAll(record.cgroupPath());
            cgroups.remove(record.cgroupPath());
        }
        Path dir = store.layout().container(record.id());
        if (record.overlay()) {
            overlay.unmount(dir);
        }
    }

    private void releaseAll(ContainerRecord record) {
        releaseResources(record);
        store.forget(record.id());
        ContainerStore.deleteTree(store.layout().container(record.id()));
    }
}
