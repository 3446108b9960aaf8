package dev.jetpod.runtime.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.RuntimeFailure;
import dev.jetpod.runtime.cgroup.CgroupManager;
import dev.jetpod.runtime.container.ContainerStore;
import dev.jetpod.runtime.container.ProcessIdentity;
import dev.jetpod.runtime.container.StateLayout;
import dev.jetpod.runtime.helper.HelperConfig;
import dev.jetpod.runtime.helper.HelperLauncher;
import dev.jetpod.runtime.sys.Syscalls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates pod sandboxes: the helper unshares the namespaces and waits; the JVM bind-mounts the helper's
 * /proc/PID/ns files onto sandboxes/&lt;id&gt;/ns/* and lets it exit. The files keep the namespaces alive
 * with no process. Removal unmounts them, stops the PID-namespace init if any, and removes the pod cgroup.
 */
public final class SandboxManager {
    private final Syscalls sys;
    private final StateLayout layout;
    private final HelperLauncher helper;
    private final CgroupManager cgroups;
    private final String cgroupRoot;
    private final ProcessIdentity identity;
    private final ObjectMapper json = new ObjectMapper();

    public SandboxManager(Syscalls sys, StateLayout layout, HelperLauncher helper, CgroupManager cgroups, String cgroupRoot) {
        this.sys = sys;
        this.layout = layout;
        this.helper = helper;
        this.cgroups = cgroups;
        this.cgroupRoot = cgroupRoot;
        this.identity = new ProcessIdentity(sys);
    }

    public String cgroupPath(String sandboxId) {
        return cgroupRoot + "/pod-" + sandboxId;
    }

    public synchronized Sandbox create(SandboxConfig config) {
        Path dir = layout.sandbox(config.id());
        if (Files.exists(dir.resolve("sandbox.json"))) {
            throw new RuntimeFailure("sandbox " + config.id() + " already exists");
        }
        Path ns = dir.resolve("ns");
        Sandbox sandbox = null;
        try {
            sys.ensureDirectory(ns);
            cgroups.ensure(cgroupPath(config.id()), config.resources());
            HelperConfig c = new HelperConfig().add("mode", "sandbox").add("state", dir.toString());
            c.add("ns", "ipc").add("ns", "uts");
            if (!config.hostNetwork()) {
                c.add("ns", "net");
            }
            if (config.sharePid()) {
                c.add("ns", "pid");
            }
            if (config.hostname() != null && !config.hostname().isEmpty()) {
                c.add("hostname", config.hostname());
            }
            int null_ = HelperLauncher.DEV_NULL;
            HelperLauncher.Started h = helper.start(c, new int[] {null_, null_, null_}, true);
            int podInit = h.reportInt(1);
            try {
                String net = config.hostNetwork() ? null : bind(h.pid(), "net", ns);
                String pid = config.sharePid() ? bind(podInit, "pid", ns) : null;
                sandbox = new Sandbox(config.id(), config.hostname(), config.hostNetwork(), net, bind(h.pid(), "ipc", ns),
                        bind(h.pid(), "uts", ns), pid, podInit, podInit > 0 ? identity.startTime(podInit) : 0,
                        cgroupPath(config.id()));
            } finally {
                sys.close(h.configFd());
                sys.waitFor(h.pid());
            }
            new ContainerStore(layout).writeAtomically(dir.resolve("sandbox.json"), sandbox);
            return sandbox;
        } catch (RuntimeException e) {
            cleanUp(config.id(), sandbox);
            throw e;
        }
    }

    private String bind(int pid, String type, Path nsDir) {
        Path file = nsDir.resolve(type);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
        } catch (IOException e) {
            throw new RuntimeFailure("could not create namespace file " + file + ": " + e.getMessage(), e);
        }
        sys.mount("/proc/" + pid + "/ns/" + type, file, null, Syscalls.MS_BIND, null);
        return file.toString();
    }

    public Optional<Sandbox> find(String id) {
        Path file = layout.sandbox(id).resolve("sandbox.json");
        try {
            return Optional.of(json.readValue(Files.readAllBytes(file), Sandbox.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RuntimeFailure("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public Sandbox get(String id) {
        return find(id).orElseThrow(() -> new SandboxNotFoundException(id));
    }

    public List<Sandbox> list() {
        List<Sandbox> out = new ArrayList<>();
        for (Path d : sys.listDirectory(layout.sandboxes())) {
            find(d.getFileName().toString()).ifPresent(out::add);
        }
        return out;
    }

    /** Removes the sandbox's namespaces and cgroup; its containers must be removed first. Absent counts as done. */
    public synchronized void remove(String id) {
        cleanUp(id, find(id).orElse(null));
    }

    private void cleanUp(String id, Sandbox sandbox) {
        Path dir = layout.sandbox(id);
        if (sandbox != null && sandbox.podInitPid() > 0 && identity.isAlive(sandbox.podInitPid(), sandbox.podInitStartTime())) {
            sys.signal(sandbox.podInitPid(), Syscalls.SIGKILL);
        }
        for (String type : List.of("net", "ipc", "uts", "pid")) {
            Path file = dir.resolve("ns").resolve(type);
            if (sys.exists(file)) {
                sys.ensureUnmounted(file, Syscalls.MNT_DETACH);
            }
        }
        if (cgroups.exists(cgroupPath(id))) {
            cgroups.killAll(cgroupPath(id));
            cgroups.remove(cgroupPath(id));
        }
        ContainerStore.deleteTree(dir);
    }
}
