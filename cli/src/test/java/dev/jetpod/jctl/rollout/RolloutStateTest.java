package dev.jetpod.jctl.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.jctl.CliException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kubectl's deployment status viewer, state by state. */
class RolloutStateTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
            "2 | 1 | 3 | 0 | 0 | Waiting for deployment spec update to be observed...",
            "2 | 2 | 3 | 3 | 1 | Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...",
            "2 | 2 | 3 | 4 | 3 | Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination...",
            "2 | 2 | 3 | 3 | 3 | Waiting for deployment \"web\" rollout to finish: 2 of 3 updated replicas are available...",
            "2 | 3 | 3 | 3 | 3 | deployment \"web\" successfully rolled out"})
    void states(long generation, long observed, int desired, int replicas, int updated, String expected) throws Exception {
        int available = expected.contains("successfully") ? 3 : 2;
        var d = JSON.readTree("{\"metadata\":{\"name\":\"web\",\"generation\":" + generation + "},\"spec\":{\"replicas\":" + desired + "},"
                + "\"status\":{\"observedGeneration\":" + observed + ",\"replicas\":" + replicas + ",\"updatedReplicas\":" + updated
                + ",\"availableReplicas\":" + available + "}}");
        RolloutState s = RolloutState.of(d);
        assertEquals(expected, s.message());
        assertEquals(expected.contains("successfully"), s.done());
    }

    @org.junit.jupiter.api.Test
    void deadlineExceededIsAnError() throws Exception {
        var d = JSON.readTree("{\"metadata\":{\"name\":\"web\",\"generation\":1},\"spec\":{\"replicas\":1},\"status\":{\"observedGeneration\":1,"
                + "\"conditions\":[{\"type\":\"Progressing\",\"status\":\"False\",\"reason\":\"ProgressDeadlineExceeded\"}]}}");
        assertEquals("deployment \"web\" exceeded its progress deadline", assertThrows(CliException.class, () -> RolloutState.of(d)).getMessage());
    }
}
