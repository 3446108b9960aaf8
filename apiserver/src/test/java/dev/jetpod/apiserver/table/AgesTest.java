package dev.jetpod.apiserver.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {

    @ParameterizedTest(name = "{0}s -> {1}")
    @CsvSource({
            "-5, <invalid>",
            "-1, 0s",
            "0, 0s",
            "59, 59s",
            "119, 119s",
            "120, 2m",
            "150, 2m30s",
            "599, 9m59s",
            "600, 10m",
            "10799, 179m",
            "10800, 3h",
            "11100, 3h5m",
            "28800, 8h",
            "172799, 47h",
            "172800, 2d",
            "183600, 2d3h",
            "691200, 8d",
            "63072000, 2y",
            "64800000, 2y20d",
            "252460800, 8y",
    })
    void humanDurationsReadLikeKubectl(long seconds, String expected) {
        assertEquals(expected, Ages.human(Duration.ofSeconds(seconds)));
    }

    @org.junit.jupiter.api.Test
    void missingTimestampIsUnknown() {
        assertEquals("<unknown>", Ages.since(null, Instant.now()));
    }
}
