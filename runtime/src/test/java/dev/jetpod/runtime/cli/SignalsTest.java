package dev.jetpod.runtime.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignalsTest {
    @Test
    void namesAndNumbers() {
        assertEquals(9, Signals.parse("KILL"));
        assertEquals(9, Signals.parse("SIGKILL"));
        assertEquals(15, Signals.parse("term"));
        assertEquals(10, Signals.parse("10"));
        assertThrows(IllegalArgumentException.class, () -> Signals.parse("SIGFOO"));
        assertThrows(IllegalArgumentException.class, () -> Signals.parse("0"));
    }
}
