package dev.jetpod.runtime.container;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.RuntimeOptions;
import dev.jetpod.runtime.image.BusyboxImage;
import dev.jetpod.runtime.image.Image;
import dev.jetpod.runtime.image.ImageInUseException;
import dev.jetpod.runtime.image.ImageStore;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Containers from the image store: layers as overlay lowerdirs, image defaults, the image held while in use. */
@Tag("root")
class ImageContainerTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.sharedByTheClass();
    static ImageStore store;
    static ContainerRuntime rt;
    static Image busybox;

    @BeforeAll
    static void setUp() throws Exception {
        store = ImageStore.open(fx.base.resolve("images"));
        busybox = BusyboxImage.ensure(store);
        rt = ContainerRuntime.open(RuntimeOptions.at(fx.stateRoot, fx.cgroupRoot).withImages(store));
    }

    @AfterAll
    static void tearDown() throws Exception {
        rt.close();
        store.close();
    }

    @Test
    void runsFromLayersAndHoldsTheImageUntilRemoved() throws Exception {
        rt.create(ContainerConfig.fromImage("img", busybox, List.of("sh", "-c"),
                List.of("echo changed > /etc/motd; cat /etc/motd; mount | grep -c '^overlay on / '")).build());
        assertEquals(List.of(ContainerRuntime.imageHolder("img")), store.holders(busybox.id()));
        assertThrows(ImageInUseException.class, () -> store.remove(BusyboxImage.NAME));
        rt.start("img");
        ContainerStatus s = rt.awaitExit("img", Duration.ofSeconds(30)).orElseThrow();
        assertEquals(0, s.exitCode().orElseThrow(), Files.readString(rt.logPath("img")));
        List<String> log = Files.readAllLines(rt.logPath("img"));
        assertTrue(log.get(0).endsWith(" F changed") && log.get(1).endsWith(" F 1"), log.toString());
        for (var layer : busybox.layerDirs()) {
            assertTrue(!Files.exists(layer.resolve("etc/motd")), "layers stay untouched");
        }
        rt.remove("img", false);
        assertEquals(List.of(), store.holders(busybox.id()));
        fx.assertNothingLeft();
    }

    @Test
    void imageDefaultsApplyWhenNoCommandIsGiven() throws Exception {
        Image withDefaults = store.importRootfs(fx.rootfs, "defaults:1", busybox.config()
                .withEntrypoint(List.of("sh", "-c")).withCmd(List.of("id -u; pwd; echo $GREETING"))
                .withEnv(List.of("GREETING=hi")).withWorkingDir("/tmp").withUser("nobody"));
        rt.create(ContainerConfig.fromImage("defaults", withDefaults, List.of(), List.of()).build());
        rt.start("defaults");
        rt.awaitExit("defaults", Duration.ofSeconds(30)).orElseThrow();
        List<String> out = Files.readAllLines(rt.logPath("defaults")).stream().map(l -> l.substring(l.indexOf(" F ") + 3)).toList();
        assertEquals(List.of("65534", "/tmp", "hi"), out);
        rt.remove("defaults", false);
        store.remove("defaults:1");
        fx.assertNothingLeft();
    }
}
