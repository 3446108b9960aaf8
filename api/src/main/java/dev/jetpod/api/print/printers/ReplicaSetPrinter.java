package dev.jetpod.api.print.printers;

import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME DESIRED CURRENT READY AGE; wide: CONTAINERS IMAGES SELECTOR. */
public final class ReplicaSetPrinter implements RowPrinter<ReplicaSet> {
    private static final List<TableColumnDefinition> COLUMNS = WorkloadCells.columns(
            Columns.name(),
            Columns.integer("Desired", "Replicas is the number of desired replicas."),
            Columns.integer("Current", "Replicas is the most recently observed number of replicas."),
            Columns.integer("Ready", "The number of ready replicas for this replica set."),
            Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(ReplicaSet rs, Instant now) {
        WorkloadCells workload = WorkloadCells.of(rs.spec() == null ? null : rs.spec().template(),
                rs.spec() == null ? null : rs.spec().selector(), rs.spec() != null);
        return PrintedRow.of(workload.after(
                rs.metadata().name(),
                rs.spec() == null ? 0L : WorkloadCells.count(rs.spec().replicas()),
                rs.status() == null ? 0L : (long) rs.status().replicas(),
                rs.status() == null ? 0L : WorkloadCells.count(rs.status().readyReplicas()),
                Ages.since(rs.metadata().creationTimestamp(), now)));
    }
}
