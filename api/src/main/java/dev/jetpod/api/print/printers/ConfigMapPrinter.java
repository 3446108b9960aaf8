package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;

/** NAME DATA (number of keys in data and binaryData) AGE. */
public final class ConfigMapPrinter implements RowPrinter<ConfigMap> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(), Columns.string("Data", "The number of configuration keys."), Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(ConfigMap cm, Instant now) {
        long keys = (cm.data() == null ? 0 : cm.data().size()) + (cm.binaryData() == null ? 0 : cm.binaryData().size());
        return PrintedRow.of(cm.metadata().name(), keys, Ages.since(cm.metadata().creationTimestamp(), now));
    }
}
