package dev.jetpod.runtime.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.runtime.spec.InvalidSpecException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A failed command prints one line in plain words, never a Java class name. */
class CliErrorsTest {
    @Test
    void oneLineWithoutJavaNames() throws Exception {
        assertEquals("invalid config.json: root.path is required", CliErrors.render(new InvalidSpecException("invalid config.json: root.path is required")));
        assertEquals("/x/config.json: no such file or directory", CliErrors.render(new NoSuchFileException("/x/config.json")));
        assertEquals("/run/x: permission denied", CliErrors.render(new UncheckedIOException(new AccessDeniedException("/run/x"))));
        assertEquals("disk on fire", CliErrors.render(new IOException("disk on fire\n\tat somewhere")));
        record Args(List<String> args) {
        }
        try {
            new ObjectMapper().readValue("{\"args\":\"sh\"}", Args.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            assertEquals("args: expected a list, found a string (line 1, column 9)", CliErrors.render(e));
        }
        assertEquals("unexpected failure (no details)", CliErrors.render(new NullPointerException()));
    }
}
