package dev.jetpod.api.print;

import dev.jetpod.api.core.v1.Container;
import dev.jetpod.api.core.v1.ContainerState;
import dev.jetpod.api.core.v1.ContainerStateTerminated;
import dev.jetpod.api.core.v1.ContainerStatus;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodCondition;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code kubectl get pods} shows for a pod in READY, STATUS and RESTARTS, computed as kubectl's pod printer
 * computes it: the phase, overridden by a status reason, by the first init container still working
 * ({@code Init:1/2}, {@code Init:CrashLoopBackOff}), by the last waiting or terminated app container
 * ({@code ContainerCreating}, {@code CrashLoopBackOff}, {@code Completed}, {@code ExitCode:1}), back to
 * {@code Running} when one container still runs, and {@code Terminating} while a deletion is pending.
 *
 * @param lastRestart when a container last terminated before a restart, or null
 */
public record PodSummary(int readyContainers, int totalContainers, String status, int restarts, Instant lastRestart) {
    private static final String NODE_UNREACHABLE_REASON = "NodeLost";

    public static PodSummary of(Pod pod) {
        PodSpec spec = pod.spec() == null ? emptySpec() : pod.spec();
        PodStatus st = pod.status();
        List<Container> containers = orEmpty(spec.containers());
        List<Container> initContainers = orEmpty(spec.initContainers());
        List<ContainerStatus> initStatuses = st == null ? List.of() : orEmpty(st.initContainerStatuses());
        List<ContainerStatus> statuses = st == null ? List.of() : orEmpty(st.containerStatuses());
        String phase = st == null || st.phase() == null ? "" : st.phase();
        List<PodCondition> conditions = st == null ? List.of() : orEmpty(st.conditions());

        Map<String, Container> inits = new HashMap<>();
        int total = containers.size();
        for (Container c : initContainers) {
            inits.put(c.name(), c);
            if (isSidecar(c)) {
                total++;
            }
        }
        String reason = st != null && st.reason() != null && !st.reason().isEmpty() ? st.reason() : phase;
        for (PodCondition c : conditions) {
            if ("PodScheduled".equals(c.type()) && "SchedulingGated".equals(c.reason())) {
                reason = "SchedulingGated";
            }
        }

        Tally all = new Tally();
        Tally sidecars = new Tally();
        int ready = 0;
        boolean initializing = false;
        for (int i = 0; i < initStatuses.size(); i++) {
            ContainerStatus cs = initStatuses.get(i);
            all.count(cs);
            boolean sidecar = isSidecar(inits.get(cs.name()));
            if (sidecar) {
                sidecars.count(cs);
            }
            ContainerStateTerminated term = state(cs).terminated();
            if (term != null && term.exitCode() == 0) {
                continue;
            }
            if (sidecar && Boolean.TRUE.equals(cs.started())) {
                if (cs.ready()) {
                    ready++;
                }
                continue;
            }
            if (term != null) {
                reason = term.reason() == null || term.reason().isEmpty()
                        ? signalOrExit("Init:", term) : "Init:" + term.reason();
            } else if (state(cs).waiting() != null && notEmpty(state(cs).waiting().reason())
                    && !"PodInitializing".equals(state(cs).waiting().reason())) {
                reason = "Init:" + state(cs).waiting().reason();
            } else {
                reason = "Init:" + i + "/" + initContainers.size();
            }
            initializing = true;
            break;
        }

        int restarts = all.restarts;
        Instant lastRestart = all.last;
        if (!initializing || hasCondition(conditions, "Initialized")) {
            restarts = sidecars.restarts;
            lastRestart = sidecars.last;
            boolean hasRunning = false;
            for (int i = statuses.size() - 1; i >= 0; i--) {
                ContainerStatus cs = statuses.get(i);
                restarts += cs.restartCount();
                lastRestart = later(lastRestart, finishedBefore(cs));
                ContainerState s = state(cs);
                if (s.waiting() != null && notEmpty(s.waiting().reason())) {
                    reason = s.waiting().reason();
                } else if (s.terminated() != null && notEmpty(s.terminated().reason())) {
                    reason = s.terminated().reason();
                } else if (s.terminated() != null) {
                    reason = signalOrExit("", s.terminated());
                } else if (cs.ready() && s.running() != null) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = hasCondition(conditions, "Ready") ? "Running" : "NotReady";
            }
        }

        if (pod.metadata() != null && pod.metadata().deletionTimestamp() != null) {
            if (st != null && NODE_UNREACHABLE_REASON.equals(st.reason())) {
                reason = "Unknown";
            } else if (!"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                reason = "Terminating";
            }
        }
        return new PodSummary(ready, total, reason, restarts, lastRestart);
    }

    /** RESTARTS as kubectl shows it: {@code 3 (5m ago)} when the last restart's time is known. */
    public String restartsText(Instant now) {
        if (restarts != 0 && lastRestart != null) {
            return restarts + " (" + Ages.since(lastRestart, now) + " ago)";
        }
        return Integer.toString(restarts);
    }

    /** Restart policy Always on an init container makes it a sidecar that keeps running beside the app. */
    private static boolean isSidecar(Container c) {
        return c != null && "Always".equals(c.restartPolicy());
    }

    private static String signalOrExit(String prefix, ContainerStateTerminated t) {
        if (t.signal() != null && t.signal() != 0) {
            return prefix + "Signal:" + t.signal();
        }
        return prefix + "ExitCode:" + t.exitCode();
    }

    private static boolean hasCondition(List<PodCondition> conditions, String type) {
        for (PodCondition c : conditions) {
            if (type.equals(c.type()) && "True".equals(c.status())) {
                return true;
            }
        }
        return false;
    }

    private static ContainerState state(ContainerStatus cs) {
        return cs.state() == null ? new ContainerState(null, null, null) : cs.state();
    }

    private static Instant finishedBefore(ContainerStatus cs) {
        return cs.lastState() != null && cs.lastState().terminated() != null ? cs.lastState().terminated().finishedAt() : null;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b != null && b.isAfter(a) ? b : a;
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static <E> List<E> orEmpty(List<E> l) {
        return l == null ? List.of() : l;
    }

    private static PodSpec emptySpec() {
        return PodSpec.of(List.of());
    }

    /** Restarts and the latest restart time over a set of containers. */
    private static final class Tally {
        int restarts;
        Instant last;

        void count(ContainerStatus cs) {
            restarts += cs.restartCount();
            last = later(last, finishedBefore(cs));
        }
    }
}
