package dev.jetpod.runtime.helper;

import dev.jetpod.runtime.cgroup.CgroupJoin;
import dev.jetpod.runtime.spec.InvalidSpecException;
import dev.jetpod.runtime.spec.LinuxSpec;
import dev.jetpod.runtime.spec.Spec;
import dev.jetpod.runtime.spec.SpecLoader;
import dev.jetpod.runtime.sys.Syscalls;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The helper's instructions for a `runc spec` config, checked without root. */
class ContainerPlannerTest {
    static final String RUNC_SPEC = """
            {"ociVersion":"1.0.2-dev","process":{"terminal":true,"user":{"uid":0,"gid":0},"args":["sh"],
             "env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","TERM=xterm"],"cwd":"/",
             "capabilities":{"bounding":["CAP_AUDIT_WRITE","CAP_KILL","CAP_NET_BIND_SERVICE"],
               "effective":["CAP_AUDIT_WRITE","CAP_KILL","CAP_NET_BIND_SERVICE"],
               "permitted":["CAP_AUDIT_WRITE","CAP_KILL","CAP_NET_BIND_SERVICE"],
               "ambient":["CAP_AUDIT_WRITE","CAP_KILL","CAP_NET_BIND_SERVICE"]},
             "rlimits":[{"type":"RLIMIT_NOFILE","hard":1024,"soft":1024}],"noNewPrivileges":true},
             "root":{"path":"/b/rootfs","readonly":true},"hostname":"runc",
             "mounts":[{"destination":"/proc","type":"proc","source":"proc"},
               {"destination":"/dev","type":"tmpfs","source":"tmpfs","options":["nosuid","strictatime","mode=755","size=65536k"]},
               {"destination":"/sys","type":"sysfs","source":"sysfs","options":["nosuid","noexec","nodev","ro"]},
               {"destination":"/sys/fs/cgroup","type":"cgroup","source":"cgroup","options":["nosuid","noexec","nodev","relatime","ro"]},
               {"destination":"/data","type":"bind","source":"vol","options":["rbind","ro","rprivate"]}],
             "linux":{"namespaces":[{"type":"pid"},{"type":"network","path":"/run/ns/net"},{"type":"ipc"},{"type":"uts"},{"type":"mount"}],
               "maskedPaths":["/proc/kcore"],"readonlyPaths":["/proc/sys"],"sysctl":{"net.ipv4.ip_forward":"1"}}}
            """;

    final Map<String, Path> cgroupDirs = new LinkedHashMap<>(Map.of("memory", Path.of("/sys/fs/cgroup/memory/jetpod/c")));

    HelperConfig plan(Spec spec) {
        return new ContainerPlanner().plan(new ContainerSetup(spec, Path.of("/b"), Path.of("/state/c"),
                Optional.of(Path.of("/state/c/log")), false, true,
                new CgroupJoin(List.of(Path.of("/sys/fs/cgroup/memory/jetpod/c/tasks")), Optional.of(Path.of("/sys/fs/cgroup/unified/jetpod/c")),
                        List.of()), cgroupDirs));
    }

    @Test
    void namespacesAreNewOrJoined() {
        HelperConfig c = plan(new SpecLoader().parse(RUNC_SPEC));
        assertEquals(List.of(List.of("pid"), List.of("net", "/run/ns/net"), List.of("ipc"), List.of("uts"), List.of("mnt")), c.all("ns"));
        assertEquals(List.of(List.of("runc")), c.all("hostname"));
    }

    @Test
    void mountsCarryFlagsDataAndResolvedBindSources() {
        List<List<String>> mounts = plan(new SpecLoader().parse(RUNC_SPEC)).all("mount");
        assertEquals(List.of("proc", "/proc", "proc", "0", "", "0"), mounts.get(0));
        long devFlags = Syscalls.MS_NOSUID | Syscalls.MS_STRICTATIME;
        assertEquals(List.of("tmpfs", "/dev", "tmpfs", Long.toString(devFlags), "mode=755,size=65536k", "0"), mounts.get(1));
        long sysFlags = Syscalls.MS_NOSUID | Syscalls.MS_NOEXEC | Syscalls.MS_NODEV | Syscalls.MS_RDONLY;
        assertEquals(Long.toString(sysFlags), mounts.get(2).get(3));
        // cgroup: a tmpfs plus a read-only bind of the container's own cgroup per hierarchy
        assertEquals(List.of("tmpfs", "/sys/fs/cgroup", "tmpfs"), mounts.get(3).subList(0, 3));
        assertEquals(List.of("/sys/fs/cgroup/memory/jetpod/c", "/sys/fs/cgroup/memory", ""), mounts.get(4).subList(0, 3));
        assertTrue((Long.parseLong(mounts.get(4).get(3)) & Syscalls.MS_RDONLY) != 0);
        List<String> bind = mounts.get(5);
        assertEquals(List.of("/b/vol", "/data", ""), bind.subList(0, 3));
        assertEquals(Syscalls.MS_BIND | Syscalls.MS_REC | Syscalls.MS_RDONLY, Long.parseLong(bind.get(3)));
        assertEquals(Long.toString(Syscalls.MS_PRIVATE | Syscalls.MS_REC), bind.get(5));
    }

    @Test
    void defaultDevicesAndPathsAndProcess() {
        HelperConfig c = plan(new SpecLoader().parse(RUNC_SPEC));
        assertEquals(6, c.all("dev").size());
        assertEquals(List.of("/dev/null", "c", "1", "3", "666", "0", "0"), c.all("dev").get(0));
        assertTrue(c.all("symlink").contains(List.of("pts/ptmx", "/dev/ptmx")));
        assertEquals(List.of(List.of("/proc/kcore")), c.all("mask"));
        assertEquals(List.of(List.of("/proc/sys")), c.all("ro"));
        assertTrue(c.has("rootro") && c.has("terminal") && c.has("nonewprivs") && c.has("wait"));
        assertEquals(List.of(List.of("net.ipv4.ip_forward", "1")), c.all("sysctl"));
        assertEquals(List.of(List.of("7", "1024", "1024")), c.all("rlimit"));
        long caps = (1L << 29) | (1L << 5) | (1L << 10);
        String hex = Long.toHexString(caps);
        assertEquals(List.of(List.of(hex, hex, "0", hex, hex)), c.all("caps"));
        assertEquals(List.of(List.of("sh")), c.all("arg"));
        assertEquals(List.of(List.of("/sys/fs/cgroup/memory/jetpod/c/tasks")), c.all("cgroup"));
        assertEquals(List.of(List.of("/sys/fs/cgroup/unified/jetpod/c")), c.all("cgroupdir"));
        assertEquals(List.of(List.of(Long.toString(Syscalls.MS_SLAVE | Syscalls.MS_REC))), c.all("rootprop"));
    }

    @Test
    void hostnameNeedsANewUtsNamespace() {
        Spec spec = new SpecLoader().parse(RUNC_SPEC);
        Spec joined = spec.withLinux(spec.linux().withNamespaces(List.of(new LinuxSpec.Namespace("mount", null),
                new LinuxSpec.Namespace("uts", "/run/ns/uts"))));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> plan(joined));
        assertTrue(e.getMessage().contains("UTS"), e.getMessage());
        assertFalse(plan(joined.withHostname(null)).has("hostname"));
    }

    @Test
    void aMountNamespaceIsRequired() {
        Spec spec = new SpecLoader().parse(RUNC_SPEC);
        Spec noMount = spec.withHostname(null).withLinux(spec.linux().withNamespaces(List.of(new LinuxSpec.Namespace("pid", null))));
        assertThrows(InvalidSpecException.class, () -> plan(noMount));
    }

    @Test
    void encodingIsLengthPrefixedNulSeparated() {
        HelperConfig c = new HelperConfig().add("mode", "create").add("mount", "proc", "/proc", "proc", "0", "", "0");
        String s = new String(c.encode(), java.nio.charset.StandardCharsets.UTF_8);
        String body = "mode\0create\0\0mount\0proc\0/proc\0proc\0" + "0\0\u0001\0" + "0\0\0";
        assertEquals(body.length() + "\n" + body, s);
        assertEquals("create", c.mode());
        assertThrows(InvalidSpecException.class, () -> new HelperConfig().add("env", "A=\0"));
    }

    @Test
    void reportsInEitherOrder() {
        assertEquals(List.of("12", "11"), HelperLauncher.Report.parse("ok\npid 12 11\n").words());
        assertEquals(List.of("12", "11"), HelperLauncher.Report.parse("pid 12 11\nok\n").words());
        assertEquals(List.of("7", "0"), HelperLauncher.Report.parse("ok 7 0\n").words());
        HelperLauncher.Report e = HelperLauncher.Report.parse("error rootfs: mount x: EPERM\npid 12 11\n");
        assertFalse(e.ok());
        assertEquals(11, e.supervisor());
        assertEquals("error rootfs: mount x: EPERM", e.last());
    }

    @Test
    void helperErrorsBecomeTypedExceptions() {
        HelperException e = HelperLauncher.failure("error exec: exec: \"foo\": executable file not found in $PATH");
        assertTrue(e.isExecFailure());
        assertEquals("exec: \"foo\": executable file not found in $PATH", e.getMessage());
        HelperException m = HelperLauncher.failure("error rootfs: mount proc on /x/proc: Permission denied");
        assertEquals("rootfs", m.stage());
        assertFalse(m.isExecFailure());
        assertEquals("helper", HelperLauncher.failure("").stage());
    }
}
