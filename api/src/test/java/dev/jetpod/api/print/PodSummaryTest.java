package dev.jetpod.api.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.api.core.v1.Pod;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PodSummaryTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:10:00Z");
    private static final String META = "metadata: {name: p, namespace: default, creationTimestamp: '2024-05-01T10:00:00Z'}\n";
    private static final String TWO = "spec: {containers: [{name: a, image: x}, {name: b, image: y}]}\n";
    private static final String ONE = "spec: {containers: [{name: a, image: x}]}\n";

    static Stream<Arguments> pods() {
        return Stream.of(
                Arguments.of("pending, unscheduled", META + ONE + "status: {phase: Pending}", "0/1", "Pending", "0"),
                Arguments.of("no status at all", META + ONE, "0/1", "", "0"),
                Arguments.of("creating containers", META + ONE + """
                        status:
                          phase: Pending
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {waiting: {reason: ContainerCreating}}}]
                        """, "0/1", "ContainerCreating", "0"),
                Arguments.of("running and ready", META + TWO + """
                        status:
                          phase: Running
                          conditions: [{type: Ready, status: 'True'}]
                          containerStatuses:
                          - {name: a, ready: true, restartCount: 0, state: {running: {startedAt: '2024-05-01T10:00:05Z'}}}
                          - {name: b, ready: true, restartCount: 0, state: {running: {startedAt: '2024-05-01T10:00:05Z'}}}
                        """, "2/2", "Running", "0"),
                Arguments.of("running, one ready, the other restarted while running", META + TWO + """
                        status:
                          phase: Running
                          containerStatuses:
                          - {name: a, ready: true, restartCount: 0, state: {running: {}}}
                          - name: b
                            ready: false
                            restartCount: 3
                            state: {running: {}}
                            lastState: {terminated: {exitCode: 1, finishedAt: '2024-05-01T10:05:00Z'}}
                        """, "1/2", "Running", "3 (5m ago)"),
                Arguments.of("image pull failing", META + TWO + """
                        status:
                          phase: Pending
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {waiting: {reason: ImagePullBackOff}}}]
                        """, "0/2", "ImagePullBackOff", "0"),
                Arguments.of("crash looping with a restart time", META + ONE + """
                        status:
                          phase: Running
                          containerStatuses:
                          - name: a
                            ready: false
                            restartCount: 4
                            state: {waiting: {reason: CrashLoopBackOff}}
                            lastState: {terminated: {exitCode: 1, reason: Error, finishedAt: '2024-05-01T10:05:00Z'}}
                        """, "0/1", "CrashLoopBackOff", "4 (5m ago)"),
                Arguments.of("completed", META + ONE + """
                        status:
                          phase: Succeeded
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}]
                        """, "0/1", "Completed", "0"),
                Arguments.of("terminated without a reason shows the exit code", META + ONE + """
                        status:
                          phase: Failed
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {terminated: {exitCode: 3}}}]
                        """, "0/1", "ExitCode:3", "0"),
                Arguments.of("killed by a signal", META + ONE + """
                        status:
                          phase: Failed
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {terminated: {exitCode: 137, signal: 9}}}]
                        """, "0/1", "Signal:9", "0"),
                Arguments.of("one container done, one still running", META + TWO + """
                        status:
                          phase: Running
                          conditions: [{type: Ready, status: 'False'}]
                          containerStatuses:
                          - {name: a, ready: false, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}
                          - {name: b, ready: true, restartCount: 0, state: {running: {}}}
                        """, "1/2", "NotReady", "0"),
                Arguments.of("init container working", META + """
                        spec: {initContainers: [{name: i1, image: x}, {name: i2, image: x}], containers: [{name: a, image: x}]}
                        status:
                          phase: Pending
                          initContainerStatuses:
                          - {name: i1, ready: false, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}
                          - {name: i2, ready: false, restartCount: 0, state: {running: {}}}
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {waiting: {reason: PodInitializing}}}]
                        """, "0/1", "Init:1/2", "0"),
                Arguments.of("init container crash looping", META + """
                        spec: {initContainers: [{name: i1, image: x}], containers: [{name: a, image: x}]}
                        status:
                          phase: Pending
                          initContainerStatuses:
                          - {name: i1, ready: false, restartCount: 2, state: {waiting: {reason: CrashLoopBackOff}}}
                        """, "0/1", "Init:CrashLoopBackOff", "2"),
                Arguments.of("init container failed", META + """
                        spec: {initContainers: [{name: i1, image: x}], containers: [{name: a, image: x}]}
                        status:
                          phase: Pending
                          initContainerStatuses: [{name: i1, ready: false, restartCount: 0, state: {terminated: {exitCode: 2}}}]
                        """, "0/1", "Init:ExitCode:2", "0"),
                Arguments.of("sidecar counts as a container", META + """
                        spec: {initContainers: [{name: s, image: x, restartPolicy: Always}], containers: [{name: a, image: x}]}
                        status:
                          phase: Running
                          conditions: [{type: Initialized, status: 'True'}, {type: Ready, status: 'True'}]
                          initContainerStatuses: [{name: s, ready: true, started: true, restartCount: 1, state: {running: {}}}]
                          containerStatuses: [{name: a, ready: true, restartCount: 0, state: {running: {}}}]
                        """, "2/2", "Running", "1"),
                Arguments.of("being deleted", """
                        metadata: {name: p, creationTimestamp: '2024-05-01T10:00:00Z', deletionTimestamp: '2024-05-01T10:09:00Z'}
                        """ + ONE + """
                        status:
                          phase: Running
                          containerStatuses: [{name: a, ready: true, restartCount: 0, state: {running: {}}}]
                        """, "1/1", "Terminating", "0"),
                Arguments.of("deleted after finishing stays Completed", """
                        metadata: {name: p, creationTimestamp: '2024-05-01T10:00:00Z', deletionTimestamp: '2024-05-01T10:09:00Z'}
                        """ + ONE + """
                        status:
                          phase: Succeeded
                          containerStatuses: [{name: a, ready: false, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}]
                        """, "0/1", "Completed", "0"),
                Arguments.of("evicted: the status reason wins", META + ONE + "status: {phase: Failed, reason: Evicted}", "0/1", "Evicted", "0"),
                Arguments.of("scheduling gated", META + ONE + """
                        status: {phase: Pending, conditions: [{type: PodScheduled, status: 'False', reason: SchedulingGated}]}
                        """, "0/1", "SchedulingGated", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pods")
    void statusColumnsMatchKubectl(String what, String yaml, String ready, String status, String restarts) {
        PodSummary s = PodSummary.of(PrintFixtures.yaml(Pod.class, yaml));
        assertEquals(ready, s.readyContainers() + "/" + s.totalContainers(), "READY");
        assertEquals(status, s.status(), "STATUS");
        assertEquals(restarts, s.restartsText(NOW), "RESTARTS");
    }
}
