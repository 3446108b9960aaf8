package dev.jetpod.api.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubectl's HumanDuration, at the edges of each precision band. */
class AgesTest {

    @ParameterizedTest(name = "{0}s -> {1}")
    @CsvSource({
            "-5, <invalid>", "-1, 0s", "0, 0s", "59, 59s", "119, 119s",
            "120, 2m", "125, 2m5s", "150, 2m30s", "599, 9m59s", "600, 10m", "10799, 179m",
            "10800, 3h", "11100, 3h5m", "28799, 7h59m", "28800, 8h", "172799, 47h",
            "172800, 2d", "183600, 2d3h", "691199, 7d23h", "691200, 8d", "63071999, 729d",
            "63072000, 2y", "63158400, 2y1d", "64800000, 2y20d", "252288000, 8y", "252460800, 8y"})
    void humanDurationsReadLikeKubectl(long seconds, String expected) {
        assertEquals(expected, Ages.human(Duration.ofSeconds(seconds)));
    }

    @Test
    void missingTimestampIsUnknown() {
        assertEquals("<unknown>", Ages.since(null, Instant.now()));
    }
}
