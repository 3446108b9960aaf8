package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodCondition;
import dev.jetpod.api.core.v1.PodReadinessGate;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.meta.TableRowCondition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PodSummary;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME READY STATUS RESTARTS AGE; wide: IP NODE NOMINATED NODE READINESS GATES. */
public final class PodPrinter implements RowPrinter<Pod> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            Columns.string("Status", "The aggregate status of the containers in this pod."),
            Columns.string("Restarts", "The number of times the containers in this pod have been restarted and when the last one restarted."),
            Columns.age(),
            Columns.wide(Columns.string("IP", "The IP address allocated to the pod.")),
            Columns.wide(Columns.string("Node", "The node the pod is bound to.")),
            Columns.wide(Columns.string("Nominated Node", "The node a preempting scheduler nominated for this pod.")),
            Columns.wide(Columns.string("Readiness Gates", "How many readiness gates of the pod are satisfied.")));
    private static final List<TableRowCondition> SUCCEEDED = List.of(new TableRowCondition("Completed", "True", "Succeeded", "The pod has completed successfully."));
    private static final List<TableRowCondition> FAILED = List.of(new TableRowCondition("Completed", "True", "Failed", "The pod failed."));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Pod pod, Instant now) {
        PodSummary s = PodSummary.of(pod);
        String phase = pod.status() == null ? null : pod.status().phase();
        List<TableRowCondition> conditions = "Succeeded".equals(phase) ? SUCCEEDED : "Failed".equals(phase) ? FAILED : List.of();
        return new PrintedRow(List.of(
                pod.metadata().name(),
                s.readyContainers() + "/" + s.totalContainers(),
                s.status(),
                s.restartsText(now),
                Ages.since(pod.metadata().creationTimestamp(), now),
                orNone(podIp(pod)),
                orNone(pod.spec() == null ? null : pod.spec().nodeName()),
                orNone(pod.status() == null ? null : pod.status().nominatedNodeName()),
                readinessGates(pod)), conditions);
    }

    private static String podIp(Pod pod) {
        if (pod.status() == null) {
            return null;
        }
        if (pod.status().podIPs() != null && !pod.status().podIPs().isEmpty()) {
            return pod.status().podIPs().get(0).ip();
        }
        return pod.status().podIP();
    }

    private static String readinessGates(Pod pod) {
        List<PodReadinessGate> gates = pod.spec() == null || pod.spec().readinessGates() == null ? List.of() : pod.spec().readinessGates();
        if (gates.isEmpty()) {
            return "<none>";
        }
        List<PodCondition> conditions = pod.status() == null || pod.status().conditions() == null ? List.of() : pod.status().conditions();
        int satisfied = 0;
        for (PodReadinessGate g : gates) {
            for (PodCondition c : conditions) {
                if (c.type() != null && c.type().equals(g.conditionType())) {
                    if ("True".equals(c.status())) {
                        satisfied++;
                    }
                    break;
                }
            }
        }
        return satisfied + "/" + gates.size();
    }

    static String orNone(String s) {
        return s == null || s.isEmpty() ? "<none>" : s;
    }
}
