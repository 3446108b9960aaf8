package dev.jetpod.runtime.spec;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.sandbox.Sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the OCI spec of a container the node agent asked for, joining its pod sandbox's namespaces. */
public final class SpecFactory {
    private SpecFactory() {
    }

    public static Spec forContainer(ContainerConfig c, Optional<Sandbox> sandbox, String rootfsPath) {
        ContainerConfig.User u = c.user();
        ProcessSpec.Capabilities caps = DefaultSpec.capabilities(c.capabilitiesAdd(), c.capabilitiesDrop());
        if (u.uid() != 0) { // as containerd does: a non-root process gets no effective or permitted capabilities
            caps = new ProcessSpec.Capabilities(caps.bounding(), List.of(), List.of(), List.of(), List.of());
        }
        ProcessSpec process = new ProcessSpec(false, new ProcessSpec.User(u.uid(), u.gid(), u.supplementalGroups()),
                c.command(), c.env(), c.workingDir(), caps, null, c.noNewPrivileges(), null); // rlimits: inherited, as containerd does
        List<Spec.Mount> mounts = new ArrayList<>(DefaultSpec.mounts());
        for (ContainerConfig.Volume v : c.volumes()) {
            mounts.add(new Spec.Mount(v.containerPath(), "bind", v.hostPath().toString(),
                    v.readOnly() ? List.of("rbind", "ro") : List.of("rbind", "rw")));
        }
        List<LinuxSpec.Namespace> ns = new ArrayList<>();
        ns.add(new LinuxSpec.Namespace("mount", null));
        String hostname = null;
        if (sandbox.isPresent()) {
            Sandbox s = sandbox.get();
            ns.add(new LinuxSpec.Namespace("ipc", s.ipcns()));
            ns.add(new LinuxSpec.Namespace("uts", s.utsns()));
            s.netnsPath().ifPresent(p -> ns.add(new LinuxSpec.Namespace("network", p)));
            ns.add(new LinuxSpec.Namespace("pid", s.pidnsPath().orElse(null)));
        } else {
            for (String t : List.of("pid", "network", "ipc", "uts")) {
                ns.add(new LinuxSpec.Namespace(t, null));
            }
            hostname = c.id().length() > 63 ? c.id().substring(0, 63) : c.id();
        }
        LinuxSpec linux = new LinuxSpec(ns, null, null, DefaultSpec.MASKED_PATHS, DefaultSpec.READONLY_PATHS, null, null);
        return new Spec("1.0.2", process, new Spec.Root(rootfsPath, c.readOnlyRootfs()), hostname, mounts, linux,
                c.annotations());
    }
}
