package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.ContainerState;
import dev.jetpod.api.core.v1.ContainerStateTerminated;
import dev.jetpod.api.core.v1.ContainerStatus;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodCondition;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/**
 * Pods: NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE READINESS GATES. STATUS is kubectl's summary:
 * the phase, overridden by an init container's progress, a waiting or terminated container's reason, or
 * Terminating once deletion has begun; RESTARTS adds "(5m ago)" after the last restart.
 */
public final class PodColumns implements KindColumns<Pod> {
    @Override
    public Class<Pod> type() {
        return Pod.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("READY"), Column.of("STATUS"), Column.of("RESTARTS"), Column.of("AGE"),
                Column.wide("IP"), Column.wide("NODE"), Column.wide("NOMINATED NODE"), Column.wide("READINESS GATES"));
    }

    @Override
    public List<String> cells(Pod pod, Instant now) {
        PodSpec spec = pod.spec();
        PodStatus status = pod.status();
        Summary s = summarize(pod);
        int total = spec == null || spec.containers() == null ? 0 : spec.containers().size();
        String restarts = Integer.toString(s.restarts);
        if (s.restarts != 0 && s.lastRestart != null) {
            restarts = s.restarts + " (" + Ages.since(s.lastRestart, now) + " ago)";
        }
        String ip = status == null ? null : status.podIP();
        if (status != null && status.podIPs() != null && !status.podIPs().isEmpty()) {
            ip = status.podIPs().get(0).ip();
        }
        String gates = Cells.NONE;
        if (spec != null && spec.readinessGates() != null && !spec.readinessGates().isEmpty()) {
            long ok = spec.readinessGates().stream().filter(g -> conditionTrue(status, g.conditionType())).count();
            gates = ok + "/" + spec.readinessGates().size();
        }
        return List.of(pod.metadata().name(), s.ready + "/" + total, s.reason, restarts, Ages.since(pod.metadata().creationTimestamp(), now),
                Cells.orNone(ip), Cells.orNone(spec == null ? null : spec.nodeName()),
                Cells.orNone(status == null ? null : status.nominatedNodeName()), gates);
    }

    /** What READY, STATUS and RESTARTS show. */
    public record Summary(int ready, String reason, int restarts, Instant lastRestart) {
    }

    public static Summary summarize(Pod pod) {
        PodStatus st = pod.status();
        String reason = st == null || st.phase() == null ? "Pending" : st.phase();
        if (st != null && st.reason() != null && !st.reason().isEmpty()) {
            reason = st.reason();
        }
        if (st != null && st.conditions() != null) {
            for (PodCondition c : st.conditions()) {
                if ("PodScheduled".equals(c.type()) && "SchedulingGated".equals(c.reason())) {
                    reason = "SchedulingGated";
                }
            }
        }
        int restarts = 0;
        int ready = 0;
        Instant lastRestart = null;
        boolean initializing = false;
        List<ContainerStatus> inits = st == null || st.initContainerStatuses() == null ? List.of() : st.initContainerStatuses();
        int initCount = pod.spec() == null || pod.spec().initContainers() == null ? 0 : pod.spec().initContainers().size();
        for (int i = 0; i < inits.size(); i++) {
            ContainerStatus c = inits.get(i);
            restarts += c.restartCount();
            lastRestart = later(lastRestart, finishedAt(c.lastState()));
            ContainerStateTerminated term = c.state() == null ? null : c.state().terminated();
            if (term != null && term.exitCode() == 0) {
                continue;
            }
            if (term != null) {
                reason = term.reason() == null || term.reason().isEmpty()
                        ? (term.signal() != null && term.signal() != 0 ? "Init:Signal:" + term.signal() : "Init:ExitCode:" + term.exitCode())
                        : "Init:" + term.reason();
            } else if (c.state() != null && c.state().waiting() != null && c.state().waiting().reason() != null
                    && !c.state().waiting().reason().isEmpty() && !"PodInitializing".equals(c.state().waiting().reason())) {
                reason = "Init:" + c.state().waiting().reason();
            } else {
                reason = "Init:" + i + "/" + initCount;
            }
            initializing = true;
            break;
        }
        if (!initializing || conditionTrue(st, "Initialized")) {
            restarts = 0;
            boolean hasRunning = false;
            List<ContainerStatus> cs = st == null || st.containerStatuses() == null ? List.of() : st.containerStatuses();
            for (int i = cs.size() - 1; i >= 0; i--) {
                ContainerStatus c = cs.get(i);
                restarts += c.restartCount();
                lastRestart = later(lastRestart, finishedAt(c.lastState()));
                ContainerState state = c.state();
                if (state != null && state.waiting() != null && state.waiting().reason() != null && !state.waiting().reason().isEmpty()) {
                    reason = state.waiting().reason();
                } else if (state != null && state.terminated() != null) {
                    ContainerStateTerminated t = state.terminated();
                    reason = t.reason() != null && !t.reason().isEmpty() ? t.reason()
                            : t.signal() != null && t.signal() != 0 ? "Signal:" + t.signal() : "ExitCode:" + t.exitCode();
                } else if (c.ready() && state != null && state.running() != null) {
                    hasRunning = true;
                    ready++;
                }
            }
            if ("Completed".equals(reason) && hasRunning) {
                reason = conditionTrue(st, "Ready") ? "Running" : "NotReady";
            }
        }
        String phase = st == null ? null : st.phase();
        if (pod.metadata().deletionTimestamp() != null) {
            if (st != null && "NodeLost".equals(st.reason())) {
                reason = "Unknown";
            } else if (!"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                reason = "Terminating";
            }
        }
        return new Summary(ready, reason, restarts, lastRestart);
    }

    static boolean conditionTrue(PodStatus st, String type) {
        if (st == null || st.conditions() == null) {
            return false;
        }
        return st.conditions().stream().anyMatch(c -> type.equals(c.type()) && "True".equals(c.status()));
    }

    private static Instant finishedAt(ContainerState s) {
        return s == null || s.terminated() == null ? null : s.terminated().finishedAt();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
