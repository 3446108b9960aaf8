package dev.jetpod.api.print.printers;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentStatus;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME READY (ready/desired) UP-TO-DATE AVAILABLE AGE; wide: CONTAINERS IMAGES SELECTOR. */
public final class DeploymentPrinter implements RowPrinter<Deployment> {
    private static final List<TableColumnDefinition> COLUMNS = WorkloadCells.columns(
            Columns.name(),
            Columns.string("Ready", "Number of the pod with ready state"),
            Columns.string("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
            Columns.string("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
            Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Deployment d, Instant now) {
        DeploymentStatus s = d.status();
        long desired = d.spec() == null ? 0 : WorkloadCells.count(d.spec().replicas());
        long ready = s == null ? 0 : WorkloadCells.count(s.readyReplicas());
        WorkloadCells workload = WorkloadCells.of(d.spec() == null ? null : d.spec().template(),
                d.spec() == null ? null : d.spec().selector(), d.spec() != null);
        return PrintedRow.of(workload.after(
                d.metadata().name(),
                ready + "/" + desired,
                s == null ? 0L : WorkloadCells.count(s.updatedReplicas()),
                s == null ? 0L : WorkloadCells.count(s.availableReplicas()),
                Ages.since(d.metadata().creationTimestamp(), now)));
    }
}
