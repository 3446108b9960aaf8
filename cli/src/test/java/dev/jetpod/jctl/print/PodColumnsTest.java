package dev.jetpod.jctl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.codec.Codecs;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.jctl.print.columns.PodColumns;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** READY / STATUS / RESTARTS as kubectl summarizes a pod, table-driven. */
class PodColumnsTest {
    static final ObjectMapper JSON = Codecs.json();
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    static final String TWO = "\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"i\"},{\"name\":\"b\",\"image\":\"i\"}]}";

    static Stream<Arguments> pods() {
        return Stream.of(
                Arguments.of("new pod", "{\"metadata\":{\"name\":\"p\",\"creationTimestamp\":\"2024-05-01T09:59:00Z\"}," + TWO + "}",
                        List.of("p", "0/2", "Pending", "0", "60s")),
                Arguments.of("running, one ready", "{\"metadata\":{\"name\":\"p\"}," + TWO + ",\"status\":{\"phase\":\"Running\",\"containerStatuses\":["
                                + "{\"name\":\"a\",\"ready\":true,\"restartCount\":0,\"state\":{\"running\":{}}},"
                                + "{\"name\":\"b\",\"ready\":false,\"restartCount\":3,\"state\":{\"running\":{}},\"lastState\":{\"terminated\":{\"exitCode\":1,\"finishedAt\":\"2024-05-01T09:55:00Z\"}}}]}}",
                        List.of("p", "1/2", "Running", "3 (5m ago)", "<unknown>")),
                Arguments.of("image pull failing", "{\"metadata\":{\"name\":\"p\"}," + TWO + ",\"status\":{\"phase\":\"Pending\",\"containerStatuses\":["
                                + "{\"name\":\"a\",\"restartCount\":0,\"state\":{\"waiting\":{\"reason\":\"ImagePullBackOff\"}}}]}}",
                        List.of("p", "0/2", "ImagePullBackOff", "0", "<unknown>")),
                Arguments.of("crashed without a reason", "{\"metadata\":{\"name\":\"p\"}," + TWO + ",\"status\":{\"phase\":\"Running\",\"containerStatuses\":["
                                + "{\"name\":\"a\",\"restartCount\":0,\"state\":{\"terminated\":{\"exitCode\":137}}}]}}",
                        List.of("p", "0/2", "ExitCode:137", "0", "<unknown>")),
                Arguments.of("init container running", "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"initContainers\":[{\"name\":\"i\"},{\"name\":\"j\"}],\"containers\":[{\"name\":\"a\"}]},"
                                + "\"status\":{\"phase\":\"Pending\",\"initContainerStatuses\":[{\"name\":\"i\",\"restartCount\":0,\"state\":{\"terminated\":{\"exitCode\":0}}},"
                                + "{\"name\":\"j\",\"restartCount\":0,\"state\":{\"running\":{}}}]}}",
                        List.of("p", "0/1", "Init:1/2", "0", "<unknown>")),
                Arguments.of("being deleted", "{\"metadata\":{\"name\":\"p\",\"deletionTimestamp\":\"2024-05-01T09:59:59Z\"}," + TWO + ",\"status\":{\"phase\":\"Running\"}}",
                        List.of("p", "0/2", "Terminating", "0", "<unknown>")),
                Arguments.of("completed", "{\"metadata\":{\"name\":\"p\"},\"spec\":{\"containers\":[{\"name\":\"a\"}]},\"status\":{\"phase\":\"Succeeded\",\"containerStatuses\":["
                                + "{\"name\":\"a\",\"restartCount\":0,\"state\":{\"terminated\":{\"exitCode\":0,\"reason\":\"Completed\"}}}]}}",
                        List.of("p", "0/1", "Completed", "0", "<unknown>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pods")
    void summarizes(String name, String json, List<String> expected) throws Exception {
        Pod pod = JSON.readValue(json, Pod.class);
        assertEquals(expected, new PodColumns().cells(pod, NOW).subList(0, 5));
    }
}
