package dev.jetpod.api.print;

import dev.jetpod.api.meta.TableColumnDefinition;
import java.time.Instant;
import java.util.List;

/**
 * The table form of one kind, as kube-apiserver prints it for {@code kubectl get}: the column definitions
 * (priority 0 always shown, priority 1 only with {@code -o wide}) and, per object, one cell per column. The server
 * always fills every column; kubectl decides which to show.
 */
public interface RowPrinter<T> {

    List<TableColumnDefinition> columns();

    PrintedRow print(T object, Instant now);
}
