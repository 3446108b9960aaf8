package dev.jetpod.api.print.printers;

import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME DESIRED AVAILABLE, for {@code kubectl get deployment x --subresource=scale}. */
public final class ScalePrinter implements RowPrinter<Scale> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.integer("Desired", "The desired number of instances for the scaled object."),
            Columns.integer("Available", "The actual number of observed instances of the scaled object."));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Scale s, Instant now) {
        long desired = s.spec() == null || s.spec().replicas() == null ? 0 : s.spec().replicas();
        long available = s.status() == null ? 0 : s.status().replicas();
        return PrintedRow.of(s.metadata().name(), desired, available);
    }
}
