package dev.jetpod.runtime;

import dev.jetpod.runtime.cgroup.CgroupManager;
import dev.jetpod.runtime.cgroup.CgroupManagers;
import dev.jetpod.runtime.cgroup.CgroupStats;
import dev.jetpod.runtime.container.ContainerEngine;
import dev.jetpod.runtime.container.ContainerState;
import dev.jetpod.runtime.container.ContainerStatus;
import dev.jetpod.runtime.container.CreateRequest;
import dev.jetpod.runtime.container.StateLayout;
import dev.jetpod.runtime.exec.ExecRequest;
import dev.jetpod.runtime.exec.ExecRunner;
import dev.jetpod.runtime.exec.ExecSession;
import dev.jetpod.runtime.container.ContainerCannotRunException;
import dev.jetpod.runtime.helper.HelperBinary;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.helper.HelperLauncher;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.sandbox.Sandbox;
import dev.jetpod.runtime.sandbox.SandboxConfig;
import dev.jetpod.runtime.sandbox.SandboxManager;
import dev.jetpod.runtime.spec.Spec;
import dev.jetpod.runtime.spec.SpecFactory;
import dev.jetpod.runtime.spec.SpecLoader;
import dev.jetpod.runtime.sys.Syscalls;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The runtime as the node agent uses it: pod sandboxes, containers with the OCI lifecycle, logs, exec
 * and stats. State lives under {@link RuntimeOptions#stateRoot()}, so a new instance on the same
 * directory sees the containers an earlier one started (they keep running under their supervisors).
 * Calls block (they spawn a helper or wait for one); run them off event loops.
 */
public final class ContainerRuntime implements AutoCloseable {
    private final Syscalls sys;
    private final StateLayout layout;
    private final String cgroupRoot;
    private final CgroupManager cgroups;
    private final ContainerEngine engine;
    private final SandboxManager sandboxes;
    private final ExecRunner exec;
    private final HelperLauncher helper;
    private final Optional<ImageStore> images;
    private final SpecLoader specLoader = new SpecLoader();
    private final RuntimeMetrics metrics;

    private ContainerRuntime(RuntimeOptions options, CgroupManager cgroups) {
        this.sys = options.syscalls();
        this.layout = new StateLayout(options.stateRoot());
        this.cgroupRoot = options.cgroupRoot();
        this.cgroups = cgroups;
        sys.ensureDirectory(options.stateRoot());
        this.helper = new HelperLauncher(sys, HelperBinary.ensureInstalled(options.stateRoot()));
        this.engine = new ContainerEngine(sys, layout, cgroups, helper);
        this.sandboxes = new SandboxManager(sys, layout, helper, cgroups, cgroupRoot);
        this.exec = new ExecRunner(sys, helper);
        this.images = options.images();
        this.metrics = new RuntimeMetrics(options.meters());
    }

    /** Opens the runtime on a state directory, detecting the machine's cgroup layout. */
    public static ContainerRuntime open(RuntimeOptions options) {
        return new ContainerRuntime(options, CgroupManagers.detect(options.syscalls()));
    }

    public static ContainerRuntime open(RuntimeOptions options, CgroupManager cgroups) {
        return new ContainerRuntime(options, cgroups);
    }

    public CgroupManager cgroups() {
        return cgroups;
    }

    public Path stateRoot() {
        return layout.root();
    }

    // ---- sandboxes -------------------------------------------------------------------------------

    public Sandbox createSandbox(SandboxConfig config) {
        return metrics.time("create-sandbox", () -> sandboxes.create(config));
    }

    /** Removes the sandbox's containers (killing them), then its namespaces and pod cgroup. */
    public void removeSandbox(String id) {
        for (var record : engine.store().all()) {
            if (id.equals(record.sandboxId())) {
                remove(record.id(), true);
            }
        }
        metrics.time("remove-sandbox", () -> sandboxes.remove(id));
    }

    public List<Sandbox> listSandboxes() {
        return sandboxes.list();
    }

    /** CPU and memory of the whole pod (its cgroup holds every container's cgroup). */
    public CgroupStats sandboxStats(String id) {
        return cgroups.stats(sandboxes.get(id).cgroupPath());
    }

    // ---- containers ------------------------------------------------------------------------------

    /** Creates a container of a pod (or a standalone one); it waits to be started. */
    public ContainerStatus create(ContainerConfig config) {
        return metrics.time("create", () -> createFromConfig(config));
    }

    private ContainerStatus createFromConfig(ContainerConfig config) {
        StateLayout.checkId("container", config.id());
        Optional<Sandbox> sandbox = config.sandboxId().map(sandboxes::get);
        String rootfsPath = config.rootfs() instanceof RootfsSource.Directory d ? d.path().toString() : "";
        Spec spec = SpecFactory.forContainer(config, sandbox, rootfsPath);
        spec = spec.withLinux(spec.linux().withResources(config.resources().toSpec()));
        String cgroupPath = sandbox.map(s -> s.cgroupPath() + "/" + config.id()).orElse(cgroupRoot + "/" + config.id());
        Path log = config.logPath().orElse(layout.container(config.id()).resolve("container.log"));
        int n = HelperLauncher.DEV_NULL;
        CreateRequest request = new CreateRequest(config.id(), config.sandboxId().orElse(null), spec, null,
                config.rootfs(), cgroupPath, Optional.of(log), false, true, new int[] {n, n, n});
        if (config.imageId().isEmpty() || images.isEmpty()) {
            return engine.create(request);
        }
        images.get().acquire(config.imageId().get(), imageHolder(config.id()));
        try {
            return engine.create(request);
        } catch (ContainerCannotRunException e) {
            throw e; // the stopped container still exists and keeps holding its image until removed
        } catch (RuntimeException e) {
            images.get().release(imageHolder(config.id()));
            throw e;
        }
    }

    /** Creates a container from an OCI bundle (config.json + rootfs), as runc create does. */
    public ContainerStatus createFromBundle(String id, Path bundle, boolean foreground, boolean waitForStart, int[] stdio) {
        return metrics.time("create", () -> createBundleContainer(id, bundle, foreground, waitForStart, stdio));
    }

    private ContainerStatus createBundleContainer(String id, Path bundle, boolean foreground, boolean waitForStart, int[] stdio) {
        StateLayout.checkId("container", id);
        Spec spec = specLoader.loadBundle(bundle);
        String cgroupPath = spec.linux() != null && spec.linux().cgroupsPath() != null && !spec.linux().cgroupsPath().isBlank()
                ? spec.linux().cgroupsPath().replaceAll("^/+", "") : cgroupRoot + "/" + id;
        Optional<Path> log = foreground ? Optional.empty() : Optional.of(layout.container(id).resolve("container.log"));
        return engine.create(new CreateRequest(id, null, spec, bundle, new RootfsSource.Directory(Path.of(spec.root().path())),
                cgroupPath, log, foreground, waitForStart, stdio));
    }

    public void start(String id) {
        metrics.time("start", () -> engine.start(id));
    }

    public ContainerStatus status(String id) {
        return engine.status(id);
    }

    public List<ContainerStatus> list() {
        return engine.list();
    }

    public Optional<ContainerStatus> awaitExit(String id, Duration timeout) {
        return engine.awaitExit(id, timeout);
    }

    /** SIGTERM, the grace period, then SIGKILL; returns the stopped status. */
    public ContainerStatus stop(String id, Duration grace) {
        return metrics.time("stop", () -> engine.stop(id, grace));
    }

    public void kill(String id, int signal, boolean all) {
        engine.kill(id, signal, all);
    }

    /** Removes the container; a running one only with force (it is killed first). */
    public void remove(String id, boolean force) {
        metrics.time("remove", () -> {
            ContainerStatus last = engine.delete(id, force);
            metrics.exited(last);
        });
        images.ifPresent(store -> store.release(imageHolder(id)));
    }

    /** The holder name under which a container holds its image in the image store. */
    public static String imageHolder(String containerId) {
        return "container-" + containerId;
    }

    /** The container's CRI-format log file. */
    public Path logPath(String id) {
        ContainerStatus s = engine.status(id);
        if (s.logPath() == null) {
            throw new RuntimeFailure("container " + id + " writes to its caller's terminal, not to a log file");
        }
        return s.logPath();
    }

    public ExecSession exec(String id, ExecRequest request) {
        return metrics.time("exec", () -> exec.exec(engine.execSource(id), request));
    }

    public ExecSession execInheritingStdio(String id, ExecRequest request) {
        return exec.execInheritingStdio(engine.execSource(id), request);
    }

    /** Stops the runtime's resident helper. Containers keep running; a new instance finds them again. */
    @Override
    public void close() {
        helper.close();
    }

    public CgroupStats stats(String id) {
        var record = engine.store().get(id);
        if (engine.status(id).state() == ContainerState.STOPPED && !cgroups.exists(record.cgroupPath())) {
            return new CgroupStats(0, 0, 0, 0, 0);
        }
        return cgroups.stats(record.cgroupPath());
    }
}
