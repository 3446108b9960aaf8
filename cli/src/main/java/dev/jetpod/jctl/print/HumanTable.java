package dev.jetpod.jctl.print;

import java.util.List;

/** What {@code get} shows: columns and rows, from the server's Table or from jctl's own column sets. */
public record HumanTable(List<Column> columns, List<Row> rows) {
}
