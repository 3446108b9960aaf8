package dev.jetpod.apiserver.table.printers;

import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.apiserver.table.Ages;
import dev.jetpod.apiserver.table.Columns;
import dev.jetpod.apiserver.table.PrintedRow;
import dev.jetpod.apiserver.table.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME DESIRED CURRENT READY AGE; wide: CONTAINERS IMAGES SELECTOR. */
public final class ReplicaSetPrinter implements RowPrinter<ReplicaSet> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.integer("Desired", "Replicas is the number of desired replicas."),
            Columns.integer("Current", "Replicas is the most recently observed number of replicas."),
            Columns.integer("Ready", "The number of ready replicas for this replica set."),
            Columns.age(),
            Columns.wide(Columns.string("Containers", "Names of each container in the template.")),
            Columns.wide(Columns.string("Images", "Images referenced by each container in the template.")),
            Columns.wide(Columns.string("Selector", "Label selector for pods.")));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(ReplicaSet rs, Instant now) {
        ContainerCells containers = ContainerCells.of(rs.spec() == null ? null : rs.spec().template());
        return PrintedRow.of(
                rs.metadata().name(),
                rs.spec() == null ? 0L : DeploymentPrinter.zeroIfNull(rs.spec().replicas()),
                rs.status() == null ? 0L : (long) rs.status().replicas(),
                rs.status() == null ? 0L : DeploymentPrinter.zeroIfNull(rs.status().readyReplicas()),
                Ages.since(rs.metadata().creationTimestamp(), now),
                containers.names(),
                containers.images(),
                rs.spec() == null ? "" : Selector.from(rs.spec().selector()).toString());
    }
}
