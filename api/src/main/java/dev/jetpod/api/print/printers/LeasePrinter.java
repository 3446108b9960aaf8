package dev.jetpod.api.print.printers;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME HOLDER AGE. */
public final class LeasePrinter implements RowPrinter<Lease> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(), Columns.string("Holder", "The identity of the holder of the current lease."), Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Lease l, Instant now) {
        String holder = l.spec() == null || l.spec().holderIdentity() == null ? "<unknown>" : l.spec().holderIdentity();
        return PrintedRow.of(l.metadata().name(), holder, Ages.since(l.metadata().creationTimestamp(), now));
    }
}
