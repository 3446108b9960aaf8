package dev.jetpod.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A restart must bring back this test's etcd, never settle for a stranger's answering on the same ports. */
class EtcdProcessTest {

    @Test
    void portsComeFromBelowTheEphemeralRange() throws IOException {
        int ephemeralLow;
        try (var in = Files.newInputStream(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            ephemeralLow = Integer.parseInt(new String(in.readAllBytes()).trim().split("\\s+")[0]);
        }
        for (int port : EtcdProcess.freePorts(4)) {
            assertTrue(port >= 1024 && port < ephemeralLow, port + " is below " + ephemeralLow);
        }
    }

    @Test
    void aRestartOnPortsAnotherEtcdTookFailsInsteadOfTalkingToIt() {
        EtcdProcess ours = EtcdProcess.startNew();
        try {
            ours.stop();
            // while ours is down, someone else's etcd starts on its ports (another test JVM picked them)
            EtcdProcess stranger = EtcdProcess.startOn(ours.clientPort(), ours.peerPort());
            try {
                IllegalStateException e = assertThrows(IllegalStateException.class, ours::start);
                assertTrue(e.getMessage().startsWith("etcd exited with"), e.getMessage());
            } finally {
                stranger.close();
            }
        } finally {
            ours.close();
        }
    }

    @Test
    void anEtcdLeftOpenDiesWithTheJvmThatStartedIt() throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeakyEtcdMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new String(jvm.getInputStream().readAllBytes()).trim();
        assertTrue(jvm.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the child JVM exits");
        assertTrue(line.matches("\\d+ http://127\\.0\\.0\\.1:\\d+"), "child printed its etcd: '" + line + "'");
        long pid = Long.parseLong(line.split(" ")[0]);
        // the hook has waited for the kill before the child JVM exited
        java.util.Optional<ProcessHandle> left = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        left.ifPresent(ProcessHandle::destroyForcibly); // our child's etcd: do not leak it when the test fails
        assertTrue(left.isEmpty(), "etcd " + pid + " outlived the JVM that started it");
    }
}
