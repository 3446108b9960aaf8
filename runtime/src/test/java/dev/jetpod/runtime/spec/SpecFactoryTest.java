package dev.jetpod.runtime.spec;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecFactoryTest {
    final ContainerConfig.Builder base = ContainerConfig.builder("app", new RootfsSource.Directory(Path.of("/r")), List.of("sh"));

    @Test
    void dockerDefaultsWithAddAndDrop() {
        Spec s = SpecFactory.forContainer(base.capabilities(List.of("NET_ADMIN"), List.of("cap_chown")).build(), Optional.empty(), "/r");
        List<String> caps = s.process().capabilities().effective();
        assertTrue(caps.contains("CAP_NET_ADMIN") && !caps.contains("CAP_CHOWN") && caps.contains("CAP_KILL"), caps.toString());
        assertEquals(List.of(), DefaultSpec.capabilities(List.of(), List.of("ALL")).bounding());
        assertEquals(DefaultSpec.MASKED_PATHS, s.linux().maskedPaths());
    }

    @Test
    void nonRootGetsOnlyABoundingSet() {
        Spec s = SpecFactory.forContainer(base.user(new ContainerConfig.User(1000, 1000, List.of())).build(), Optional.empty(), "/r");
        assertEquals(List.of(), s.process().capabilities().effective());
        assertEquals(14, s.process().capabilities().bounding().size());
    }

    @Test
    void podContainersJoinTheSandbox() {
        Sandbox sb = new Sandbox("p", "p", false, "/s/net", "/s/ipc", "/s/uts", "/s/pid", 0, 0, "jetpod/pod-p");
        Spec s = SpecFactory.forContainer(base.build(), Optional.of(sb), "/r");
        assertEquals(List.of(new LinuxSpec.Namespace("mount", null), new LinuxSpec.Namespace("ipc", "/s/ipc"),
                new LinuxSpec.Namespace("uts", "/s/uts"), new LinuxSpec.Namespace("network", "/s/net"),
                new LinuxSpec.Namespace("pid", "/s/pid")), s.linux().namespaces());
        assertNull(s.hostname(), "the pod's UTS namespace already has its hostname");
        Sandbox hostNet = new Sandbox("h", "h", true, null, "/s/ipc", "/s/uts", null, 0, 0, "jetpod/pod-h");
        Spec h = SpecFactory.forContainer(base.build(), Optional.of(hostNet), "/r");
        assertTrue(h.linux().namespaces().stream().noneMatch(n -> n.type().equals("network")));
        assertTrue(h.linux().namespaces().contains(new LinuxSpec.Namespace("pid", null)));
    }
}
