package dev.jetpod.api.print.printers;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * NAME and CREATED AT (an RFC 3339 time of type "date"): kube-apiserver's table for kinds without a printer of
 * their own.
 */
public final class DefaultPrinter implements RowPrinter<KubeObject<?>> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            new TableColumnDefinition("Created At", "date", "", "CreationTimestamp is a timestamp representing the server time when this object was created.", 0));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(KubeObject<?> o, Instant now) {
        Instant created = o.metadata().creationTimestamp();
        return PrintedRow.of(o.metadata().name(), created == null ? "" : DateTimeFormatter.ISO_INSTANT.format(created));
    }
}
