package dev.jetpod.runtime.container;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StateParsingTest {
    @Test
    void exitFile() {
        ExitRecord e = ExitRecord.parse("exitCode=137\nsignal=9\nstartedAt=100\nfinishedAt=200\nerror=\n");
        assertEquals(new ExitRecord(137, 9, 100, 200, ""), e);
    }

    @Test
    void procStatStartTimeSurvivesOddCommandNames() {
        String stat = "42 (a) b (c) S 1 42 42 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10";
        assertEquals(987654, ProcessIdentity.parse(stat));
        assertEquals(-1, ProcessIdentity.parse("42 (x) Z 1 42 42 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10"));
    }

    @Test
    void idsAreChecked() {
        org.junit.jupiter.api.Assertions.assertThrows(dev.jetpod.runtime.spec.InvalidSpecException.class,
                () -> new StateLayout(java.nio.file.Path.of("/s")).container("../etc"));
        assertEquals(java.nio.file.Path.of("/s/containers/web-1.a_b"), new StateLayout(java.nio.file.Path.of("/s")).container("web-1.a_b"));
    }
}
