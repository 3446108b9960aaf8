package dev.jetpod.api.print;

import dev.jetpod.api.meta.TableRowCondition;
import java.util.Arrays;
import java.util.List;

/** The cells of one row (strings and longs, in column order) and its conditions (a finished pod is Completed). */
public record PrintedRow(List<Object> cells, List<TableRowCondition> conditions) {

    public PrintedRow {
        cells = List.copyOf(cells);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static PrintedRow of(Object... cells) {
        return new PrintedRow(Arrays.asList(cells), List.of());
    }
}
