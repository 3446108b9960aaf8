package dev.jetpod.api.print.printers;

import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE. */
public final class HorizontalPodAutoscalerPrinter implements RowPrinter<HorizontalPodAutoscaler> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Reference", "The kind and name of the scaled resource."),
            Columns.string("Targets", "The metrics used to compute the desired replica count, current/target."),
            Columns.string("MinPods", "The lower limit for the number of replicas."),
            Columns.string("MaxPods", "The upper limit for the number of replicas."),
            Columns.string("Replicas", "The current number of replicas of pods managed by this autoscaler."),
            Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(HorizontalPodAutoscaler hpa, Instant now) {
        HorizontalPodAutoscalerSpec spec = hpa.spec();
        String reference = spec == null || spec.scaleTargetRef() == null ? "/"
                : spec.scaleTargetRef().kind() + "/" + spec.scaleTargetRef().name();
        String min = spec == null || spec.minReplicas() == null ? "<unset>" : Integer.toString(spec.minReplicas());
        return PrintedRow.of(
                hpa.metadata().name(),
                reference,
                HpaTargets.format(spec == null ? null : spec.metrics(), hpa.status() == null ? null : hpa.status().currentMetrics()),
                min,
                spec == null ? 0L : (long) spec.maxReplicas(),
                hpa.status() == null || hpa.status().currentReplicas() == null ? 0L : (long) hpa.status().currentReplicas(),
                Ages.since(hpa.metadata().creationTimestamp(), now));
    }
}
