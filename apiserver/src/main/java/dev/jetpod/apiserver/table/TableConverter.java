package dev.jetpod.apiserver.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ListMeta;
import dev.jetpod.api.meta.PartialObjectMetadata;
import dev.jetpod.api.meta.Table;
import dev.jetpod.api.meta.TableRow;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import dev.jetpod.api.print.TablePrinters;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns objects into {@code meta.k8s.io} Tables for {@code Accept: application/json;as=Table;g=meta.k8s.io;v=v1}:
 * a list becomes one row per item (with the list's resourceVersion and continue token), a single object or a watch
 * event one row. Ages are computed at {@code clock}'s now, as kube-apiserver computes them when it answers.
 */
public final class TableConverter {
    private final TablePrinters printers;
    private final ObjectMapper mapper;
    private final Clock clock;

    public TableConverter(TablePrinters printers, ObjectMapper mapper, Clock clock) {
        this.printers = printers;
        this.mapper = mapper;
        this.clock = clock;
    }

    public <T extends KubeObject<T>> Table list(Class<T> type, List<T> items, ListMeta listMeta, TableOptions options) {
        RowPrinter<? super T> printer = printers.forType(type);
        Instant now = clock.instant();
        List<TableRow> rows = new ArrayList<>(items.size());
        for (T item : items) {
            rows.add(row(printer, item, now, options.include()));
        }
        return new Table(options.apiVersion(), Table.KIND, listMeta, options.noHeaders() ? null : printer.columns(), rows);
    }

    public <T extends KubeObject<T>> Table single(Class<T> type, T object, TableOptions options) {
        ListMeta meta = ListMeta.at(object.metadata().resourceVersion());
        return list(type, List.of(object), meta, options);
    }

    /** A table without rows that only carries a resourceVersion (the object of a watch BOOKMARK). */
    public Table bookmark(String resourceVersion, TableOptions options) {
        return new Table(options.apiVersion(), Table.KIND, ListMeta.at(resourceVersion), null, List.of());
    }

    private <T extends KubeObject<T>> TableRow row(RowPrinter<? super T> printer, T item, Instant now, IncludeObject include) {
        PrintedRow printed = printer.print(item, now);
        JsonNode object = switch (include) {
            case NONE -> null;
            case METADATA -> mapper.valueToTree(PartialObjectMetadata.of(item.metadata()));
            case OBJECT -> mapper.valueToTree(item);
        };
        return new TableRow(new ArrayList<>(printed.cells()), printed.conditions(), object);
    }
}
