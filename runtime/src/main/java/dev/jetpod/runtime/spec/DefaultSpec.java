package dev.jetpod.runtime.spec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The defaults every container gets unless told otherwise: runc's standard mounts and paths, Docker's capabilities. */
public final class DefaultSpec {
    public static final List<String> MASKED_PATHS = List.of("/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys",
            "/proc/latency_stats", "/proc/timer_list", "/proc/timer_stats", "/proc/sched_debug", "/sys/firmware",
            "/proc/scsi");
    public static final List<String> READONLY_PATHS = List.of("/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys",
            "/proc/sysrq-trigger");

    private DefaultSpec() {
    }

    public static List<Spec.Mount> mounts() {
        return List.of(
                new Spec.Mount("/proc", "proc", "proc", List.of("nosuid", "noexec", "nodev")),
                new Spec.Mount("/dev", "tmpfs", "tmpfs", List.of("nosuid", "strictatime", "mode=755", "size=65536k")),
                new Spec.Mount("/dev/pts", "devpts", "devpts",
                        List.of("nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5")),
                new Spec.Mount("/dev/shm", "tmpfs", "shm", List.of("nosuid", "noexec", "nodev", "mode=1777", "size=65536k")),
                new Spec.Mount("/dev/mqueue", "mqueue", "mqueue", List.of("nosuid", "noexec", "nodev")),
                new Spec.Mount("/sys", "sysfs", "sysfs", List.of("nosuid", "noexec", "nodev", "ro")),
                new Spec.Mount("/sys/fs/cgroup", "cgroup", "cgroup", List.of("nosuid", "noexec", "nodev", "relatime", "ro")));
    }

    /** Docker's default capability set with Kubernetes' add/drop applied ("ALL" drops everything). */
    public static ProcessSpec.Capabilities capabilities(List<String> add, List<String> drop) {
        Set<Capability> caps = EnumSet.copyOf(Capability.DOCKER_DEFAULT);
        for (String d : drop) {
            if (d.equalsIgnoreCase("ALL")) {
                caps.clear();
            } else {
                caps.remove(Capability.parse(d));
            }
        }
        for (String a : add) {
            if (a.equalsIgnoreCase("ALL")) {
                caps.addAll(EnumSet.allOf(Capability.class));
            } else {
                caps.add(Capability.parse(a));
            }
        }
        List<String> names = new ArrayList<>();
        caps.forEach(c -> names.add(c.capName()));
        return new ProcessSpec.Capabilities(names, names, List.of(), names, List.of());
    }
}
