package dev.jetpod.jctl.print;

import dev.jetpod.api.meta.ObjectMeta;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out a {@link HumanTable} the way kubectl's tab writer does: every column but the last is as wide as its
 * widest cell plus three spaces (at least six), the last is not padded. In watch mode the widths of the first
 * table are kept (growing when a later cell is wider), so rows printed one by one stay roughly aligned.
 */
public final class TableRenderer {
    private static final int PADDING = 3;
    private static final int MIN_WIDTH = 6;

    private final TableOptions options;
    private int[] widths;

    public TableRenderer(TableOptions options) {
        this.options = options;
    }

    /** Prints the header (unless --no-headers) and the rows. */
    public void print(HumanTable table, PrintStream out) {
        List<Integer> shown = shownColumns(table.columns());
        List<List<String>> lines = new ArrayList<>();
        if (!options.noHeaders()) {
            lines.add(header(table.columns(), shown));
        }
        for (Row r : table.rows()) {
            lines.add(cells(r, shown));
        }
        widths = null;
        for (List<String> l : lines) {
            grow(l);
        }
        for (List<String> l : lines) {
            out.println(layout(l));
        }
    }

    /** Prints rows under a table already printed (watch): no header, the earlier widths. */
    public void printRows(HumanTable table, PrintStream out) {
        List<Integer> shown = shownColumns(table.columns());
        for (Row r : table.rows()) {
            List<String> l = cells(r, shown);
            grow(l);
            out.println(layout(l));
        }
    }

    private List<Integer> shownColumns(List<Column> columns) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (options.wide() || columns.get(i).priority() == 0) {
                idx.add(i);
            }
        }
        return idx;
    }

    private List<String> header(List<Column> columns, List<Integer> shown) {
        List<String> h = new ArrayList<>();
        if (options.namespace()) {
            h.add("NAMESPACE");
        }
        for (int i : shown) {
            h.add(columns.get(i).name().toUpperCase(Locale.ROOT));
        }
        for (String key : options.labelColumns()) {
            h.add(labelHeader(key));
        }
        if (options.showLabels()) {
            h.add("LABELS");
        }
        return h;
    }

    /** -L app.kubernetes.io/name shows as NAME: the last path segment, upper-cased. */
    static String labelHeader(String key) {
        int slash = key.lastIndexOf('/');
        return (slash >= 0 ? key.substring(slash + 1) : key).toUpperCase(Locale.ROOT);
    }

    private List<String> cells(Row r, List<Integer> shown) {
        List<String> c = new ArrayList<>();
        ObjectMeta m = r.metadata();
        if (options.namespace()) {
            c.add(m == null || m.namespace() == null ? "" : m.namespace());
        }
        for (int i : shown) {
            c.add(i < r.cells().size() ? r.cells().get(i) : "");
        }
        Map<String, String> labels = m == null ? Map.of() : m.labelsOrEmpty();
        for (String key : options.labelColumns()) {
            c.add(labels.getOrDefault(key, ""));
        }
        if (options.showLabels()) {
            c.add(labelsCell(labels));
        }
        return c;
    }

    static String labelsCell(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "<none>";
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(labels).forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    private void grow(List<String> line) {
        if (widths == null || widths.length < line.size()) {
            int[] w = new int[line.size()];
            if (widths != null) {
                System.arraycopy(widths, 0, w, 0, widths.length);
            }
            widths = w;
        }
        for (int i = 0; i < line.size(); i++) {
            widths[i] = Math.max(widths[i], Math.max(MIN_WIDTH, line.get(i).length() + PADDING));
        }
    }

    private String layout(List<String> line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            String cell = line.get(i);
            b.append(cell);
            if (i < line.size() - 1) {
                b.append(" ".repeat(Math.max(0, widths[i] - cell.length())));
            }
        }
        return b.toString();
    }
}
