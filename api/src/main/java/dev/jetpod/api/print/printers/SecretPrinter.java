package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME TYPE DATA (number of keys; never the values) AGE. */
public final class SecretPrinter implements RowPrinter<Secret> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Type", "Used to facilitate programmatic handling of secret data."),
            Columns.string("Data", "The number of keys in the secret."),
            Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Secret s, Instant now) {
        return PrintedRow.of(s.metadata().name(), s.type() == null ? "" : s.type(), (long) (s.data() == null ? 0 : s.data().size()),
                Ages.since(s.metadata().creationTimestamp(), now));
    }
}
