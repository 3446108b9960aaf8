package dev.jetpod.runtime.container;

import dev.jetpod.runtime.ContainerConfig;
import dev.jetpod.runtime.ContainerRuntime;
import dev.jetpod.runtime.rootfs.RootfsSource;
import dev.jetpod.runtime.testing.RuntimeFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real containers through the Java API: lifecycle states, exit codes, reasons, logs. */
@Tag("root")
class ContainerLifecycleTest {
    @RegisterExtension
    static final RuntimeFixture fx = RuntimeFixture.checkedAfterEachTest();
    static final ContainerRuntime rt = fx.runtime;

    private ContainerConfig.Builder busybox(String id, String... cmd) {
        return ContainerConfig.builder(id, new RootfsSource.Directory(fx.rootfs), List.of(cmd));
    }

    @Test
    void createdThenRunningThenStoppedWithCompleted() throws Exception {
        ContainerStatus created = rt.create(busybox("life", "sh", "-c", "echo out; echo err >&2; sleep 0.3").build());
        assertEquals(ContainerState.CREATED, created.state());
        assertTrue(created.pid() > 0);
        rt.start("life");
        assertEquals(ContainerState.RUNNING, rt.status("life").state());
        ContainerStatus done = rt.awaitExit("life", Duration.ofSeconds(30)).orElseThrow();
        assertEquals(ContainerState.STOPPED, done.state());
        assertEquals(0, done.exitCode().orElseThrow());
        assertEquals(TerminationReason.COMPLETED, done.reason().orElseThrow());
        assertTrue(done.startedAt().isPresent() && done.finishedAt().isPresent());
        assertTrue(!done.finishedAt().get().isBefore(done.startedAt().get()));
        List<String> log = Files.readAllLines(rt.logPath("life"));
        assertEquals(2, log.size(), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z stdout F out")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.matches("\\S+ stderr F err")), log.toString());
        rt.remove("life", false);
        assertThrows(ContainerNotFoundException.class, () -> rt.status("life"));
    }

    private static void awaitLog(String id, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.readString(rt.logPath(id)).contains(text)) {
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' in the log of " + id);
            Thread.sleep(10);
        }
    }

    @Test
    void nonZeroExitIsError() {
        rt.create(busybox("fails", "sh", "-c", "exit 3").build());
        rt.start("fails");
        ContainerStatus done = rt.awaitExit("fails", Duration.ofSeconds(30)).orElseThrow();
        assertEquals(3, done.exitCode().orElseThrow());
        assertEquals(TerminationReason.ERROR, done.reason().orElseThrow());
        rt.remove("fails", false);
    }

    @Test
    void metersCountOperationsAndExitReasons() {
        var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        try (ContainerRuntime metered = ContainerRuntime.open(dev.jetpod.runtime.RuntimeOptions.at(fx.stateRoot, fx.cgroupRoot).withMeters(meters))) {
            metered.create(busybox("metered", "sh", "-c", "exit 2").build());
            metered.start("metered");
            metered.awaitExit("metered", Duration.ofSeconds(30)).orElseThrow();
            metered.remove("metered", false);
        }
        assertEquals(1, meters.get("jetpod.runtime.operation").tag("operation", "create").tag("result", "ok").timer().count());
        assertEquals(1, meters.get("jetpod.runtime.operation").tag("operation", "start").timer().count());
        assertEquals(1.0, meters.get("jetpod.runtime.container.exits").tag("reason", "Error").counter().count());
    }

    @Test
    void missingExecutableIsContainerCannotRun() {
        ContainerCannotRunException e = assertThrows(ContainerCannotRunException.class,
                () -> rt.create(busybox("noexec", "/no/such/program").build()));
        assertTrue(e.getMessage().contains("/no/such/program"), e.getMessage());
        ContainerStatus s = rt.status("noexec");
        assertEquals(ContainerState.STOPPED, s.state());
        assertEquals(TerminationReason.CONTAINER_CANNOT_RUN, s.reason().orElseThrow());
        assertTrue(s.message().contains("no such file or directory") || s.message().contains("No such file"), s.message());
        rt.remove("noexec", false);

        assertThrows(ContainerCannotRunException.class, () -> rt.create(busybox("nopath", "nosuchcmd").build()));
        assertTrue(rt.status("nopath").message().contains("executable file not found in $PATH"), rt.status("nopath").message());
        rt.remove("nopath", false);
    }

    @Test
    void stopSendsTermThenKillsAfterGrace() throws Exception {
        rt.create(busybox("stubborn", "sh", "-c", "trap '' TERM; while true; do sleep 1; done").build());
        rt.start("stubborn");
        ContainerStatus stopped = rt.stop("stubborn", Duration.ofMillis(300));
        assertEquals(ContainerState.STOPPED, stopped.state());
        assertEquals(137, stopped.exitCode().orElseThrow());
        rt.remove("stubborn", false);

        rt.create(busybox("polite", "sh", "-c", "trap 'exit 0' TERM; echo ready; while true; do sleep 0.1; done").build());
        rt.start("polite");
        awaitLog("polite", "ready"); // PID 1 ignores a SIGTERM that arrives before its handler exists
        assertEquals(0, rt.stop("polite", Duration.ofSeconds(20)).exitCode().orElseThrow());
        rt.remove("polite", false);
    }

    @Test
    void deleteOfRunningNeedsForce() {
        rt.create(busybox("busy", "sleep", "60").build());
        rt.start("busy");
        assertThrows(InvalidStateException.class, () -> rt.remove("busy", false));
        assertThrows(InvalidStateException.class, () -> rt.start("busy"));
        rt.remove("busy", true);
    }

    @Test
    void createdButNeverStartedCanBeDeleted() {
        rt.create(busybox("idle", "true").build());
        assertEquals(ContainerState.CREATED, rt.status("idle").state());
        rt.remove("idle", false);
    }

    @Test
    void duplicateIdIsRefused() {
        rt.create(busybox("twice", "true").build());
        assertThrows(ContainerExistsException.class, () -> rt.create(busybox("twice", "true").build()));
        rt.remove("twice", true);
    }

    @Test
    void theResidentHelperStopsWithTheRuntimeAndContainersOutliveIt() throws Exception {
        java.util.Set<Long> before = residentHelpers();
        ContainerRuntime own = fx.reopen();
        own.create(busybox("outlives", "sleep", "30").build());
        own.start("outlives");
        java.util.Set<Long> started = residentHelpers();
        started.removeAll(before);
        assertEquals(1, started.size(), "the first create started a resident helper");
        own.close();
        assertTrue(ProcessHandle.of(started.iterator().next()).map(h -> !h.isAlive()).orElse(true), "closed with the runtime");
        assertEquals(ContainerState.RUNNING, rt.status("outlives").state(), "the container outlives the helper");
        rt.remove("outlives", true);
    }

    private static java.util.Set<Long> residentHelpers() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> a.length > 0 && a[0].equals("serve")).orElse(false))
                .map(ProcessHandle::pid).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void aNewRuntimeInstanceFindsRunningContainers() throws Exception {
        rt.create(busybox("survivor", "sh", "-c", "trap 'echo bye; exit 0' TERM; echo started; while true; do sleep 0.1; done").build());
        rt.start("survivor");
        awaitLog("survivor", "started");
        ContainerRuntime other = fx.reopen();
        assertTrue(other.list().stream().anyMatch(s -> s.id().equals("survivor") && s.state() == ContainerState.RUNNING));
        ContainerStatus stopped = other.stop("survivor", Duration.ofSeconds(20));
        assertEquals(0, stopped.exitCode().orElseThrow());
        List<String> log = Files.readAllLines(other.logPath("survivor"));
        assertTrue(log.get(0).endsWith("stdout F started"), log.toString());
        assertTrue(log.get(log.size() - 1).endsWith("stdout F bye"), log.toString());
        other.remove("survivor", false);
    }
}
