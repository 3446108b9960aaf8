package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME STATUS AGE (Active or Terminating). */
public final class NamespacePrinter implements RowPrinter<Namespace> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(), Columns.string("Status", "The status of the namespace"), Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Namespace ns, Instant now) {
        String phase = ns.status() == null || ns.status().phase() == null ? "" : ns.status().phase();
        return PrintedRow.of(ns.metadata().name(), phase, Ages.since(ns.metadata().creationTimestamp(), now));
    }
}
