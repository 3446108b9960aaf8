package dev.jetpod.api.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Objects for printer tests, written as YAML the way a user or a kubelet would write them. */
public final class PrintFixtures {
    private static final ObjectMapper YAML = Codecs.yaml();

    private PrintFixtures() {
    }

    public static <T> T yaml(Class<T> type, String text) {
        try {
            return YAML.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
