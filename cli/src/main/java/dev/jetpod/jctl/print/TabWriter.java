package dev.jetpod.jctl.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns tab-separated cells into columns the way Go's text/tabwriter does (kubectl's describe output goes through
 * one): a column is aligned over a block of consecutive lines that all have a cell in it; a line with fewer cells
 * ends the block; the last cell of a line is never padded. Text is collected until {@link #flush}.
 */
public final class TabWriter {
    private final int minWidth;
    private final int padding;
    private final List<String[]> lines = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private StringBuilder out;

    public TabWriter(int minWidth, int padding) {
        this.minWidth = minWidth;
        this.padding = padding;
    }

    /** Adds one line; tabs separate its cells. */
    public void line(String text) {
        lines.add(text.split("\t", -1));
    }

    /** The aligned text of every line added so far (each ending in a newline), and a fresh start. */
    public String flush() {
        out = new StringBuilder();
        widths.clear();
        format(0, lines.size());
        lines.clear();
        return out.toString();
    }

    private void format(int line0, int line1) {
        int column = widths.size();
        int start = line0;
        for (int i = line0; i < line1; i++) {
            if (column >= lines.get(i).length - 1) {
                continue;
            }
            write(start, i);
            start = i;
            int width = minWidth;
            int j = i;
            for (; j < line1; j++) {
                String[] l = lines.get(j);
                if (column >= l.length - 1) {
                    break;
                }
                width = Math.max(width, l[column].length() + padding);
            }
            widths.add(width);
            format(start, j);
            widths.remove(widths.size() - 1);
            start = j;
            i = j - 1;
        }
        write(start, line1);
    }

    private void write(int from, int to) {
        for (int i = from; i < to; i++) {
            String[] cells = lines.get(i);
            for (int c = 0; c < cells.length; c++) {
                out.append(cells[c]);
                if (c < cells.length - 1 && c < widths.size()) {
                    out.append(" ".repeat(Math.max(0, widths.get(c) - cells[c].length())));
                }
            }
            out.append('\n');
        }
    }
}
