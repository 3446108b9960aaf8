package dev.jetpod.apiserver.table.printers;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentStatus;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.apiserver.table.Ages;
import dev.jetpod.apiserver.table.Columns;
import dev.jetpod.apiserver.table.PrintedRow;
import dev.jetpod.apiserver.table.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME READY (ready/desired) UP-TO-DATE AVAILABLE AGE; wide: CONTAINERS IMAGES SELECTOR. */
public final class DeploymentPrinter implements RowPrinter<Deployment> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Ready", "Number of the pod with ready state"),
            Columns.string("Up-to-date", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
            Columns.string("Available", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
            Columns.age(),
            Columns.wide(Columns.string("Containers", "Names of each container in the template.")),
            Columns.wide(Columns.string("Images", "Images referenced by each container in the template.")),
            Columns.wide(Columns.string("Selector", "Label selector for pods.")));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Deployment d, Instant now) {
        DeploymentStatus s = d.status();
        long desired = d.spec() == null || d.spec().replicas() == null ? 0 : d.spec().replicas();
        long ready = s == null ? 0 : zeroIfNull(s.readyReplicas());
        ContainerCells containers = ContainerCells.of(d.spec() == null ? null : d.spec().template());
        return PrintedRow.of(
                d.metadata().name(),
                ready + "/" + desired,
                s == null ? 0L : zeroIfNull(s.updatedReplicas()),
                s == null ? 0L : zeroIfNull(s.availableReplicas()),
                Ages.since(d.metadata().creationTimestamp(), now),
                containers.names(),
                containers.images(),
                d.spec() == null ? "" : Selector.from(d.spec().selector()).toString());
    }

    static long zeroIfNull(Integer i) {
        return i == null ? 0L : i.longValue();
    }
}
