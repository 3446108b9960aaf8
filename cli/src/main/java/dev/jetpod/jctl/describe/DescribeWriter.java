package dev.jetpod.jctl.describe;

import dev.jetpod.jctl.apply.LastApplied;
import dev.jetpod.jctl.print.TabWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * kubectl's describe layout: lines at indentation levels (two spaces each), {@code Key:\tvalue} cells aligned by a
 * Go-style tab writer (padding 2), multi-line labels and annotations, times as RFC 1123 with zone offset.
 */
public final class DescribeWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);

    private final TabWriter tabs = new TabWriter(0, 2);
    private final ZoneId zone;

    public DescribeWriter(ZoneId zone) {
        this.zone = zone;
    }

    /** A line at {@code level}; tabs in {@code text} separate aligned cells. */
    public void line(int level, String text) {
        tabs.line("  ".repeat(level) + text);
    }

    public void field(int level, String key, Object value) {
        line(level, key + ":\t" + (value == null || value.toString().isEmpty() ? "" : value));
    }

    /** {@code Key:\t<none>} for a missing value, as kubectl shows absent fields. */
    public void fieldOrNone(int level, String key, String value) {
        field(level, key, value == null || value.isEmpty() ? "<none>" : value);
    }

    public void labels(int level, String key, Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            field(level, key, "<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            line(level, (first ? key + ":" : "") + "\t" + e.getKey() + "=" + e.getValue());
            first = false;
        }
    }

    /** Annotations, one per line as {@code key: value}, without kubectl's own last-applied bookkeeping. */
    public void annotations(int level, Map<String, String> annotations) {
        Map<String, String> shown = new TreeMap<>(annotations == null ? Map.of() : annotations);
        shown.remove(LastApplied.ANNOTATION);
        if (shown.isEmpty()) {
            field(level, "Annotations", "<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : shown.entrySet()) {
            line(level, (first ? "Annotations:" : "") + "\t" + e.getKey() + ": " + e.getValue().strip());
            first = false;
        }
    }

    /** A table under a heading: header, dashes, rows, aligned. */
    public void table(int level, List<String> header, List<List<String>> rows) {
        line(level, String.join("\t", header));
        line(level, String.join("\t", header.stream().map(h -> "-".repeat(h.length())).toList()));
        for (List<String> r : rows) {
            line(level, String.join("\t", r));
        }
    }

    public String time(Instant t) {
        return t == null ? "<unset>" : TIME.format(t.atZone(zone));
    }

    public String render() {
        return tabs.flush();
    }
}
