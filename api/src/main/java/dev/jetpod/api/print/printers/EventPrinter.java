package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.ObjectReference;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * LAST SEEN TYPE REASON OBJECT MESSAGE; wide adds SUBOBJECT SOURCE FIRST SEEN COUNT NAME. Times fall back from
 * lastTimestamp to firstTimestamp to eventTime, and a series' last observation wins, as kubectl shows them.
 */
public final class EventPrinter implements RowPrinter<Event> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.string("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
            Columns.string("Type", "Type of this event (Normal, Warning)."),
            Columns.string("Reason", "A short, machine understandable string that gives the reason for the transition."),
            Columns.string("Object", "The object that this event is about."),
            Columns.wide(Columns.string("Subobject", "The part of the object the event is about, e.g. a container.")),
            Columns.wide(Columns.string("Source", "The component reporting this event.")),
            Columns.string("Message", "A human-readable description of the status of this operation."),
            Columns.wide(Columns.string("First Seen", "The time at which the event was first recorded.")),
            Columns.wide(Columns.string("Count", "The number of times this event has occurred.")),
            Columns.wide(new TableColumnDefinition("Name", "string", "name", "Name must be unique within a namespace.", 0)));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Event e, Instant now) {
        ObjectReference ref = e.involvedObject();
        String kind = ref == null || ref.kind() == null ? "" : ref.kind().toLowerCase(Locale.ROOT);
        String target = ref != null && ref.name() != null && !ref.name().isEmpty() ? kind + "/" + ref.name() : kind;
        return PrintedRow.of(
                Ages.since(lastSeen(e), now),
                e.type() == null ? "" : e.type(),
                e.reason() == null ? "" : e.reason(),
                target,
                ref == null || ref.fieldPath() == null ? "" : ref.fieldPath(),
                source(e),
                e.message() == null ? "" : e.message().trim(),
                Ages.since(firstSeen(e), now),
                (long) count(e),
                e.metadata().name());
    }

    /** firstTimestamp, else eventTime (events.k8s.io-style events carry only that). */
    public static Instant firstSeen(Event e) {
        return e.firstTimestamp() != null ? e.firstTimestamp() : e.eventTime();
    }

    /** A series' last observation, else lastTimestamp, else when it was first seen. */
    public static Instant lastSeen(Event e) {
        if (e.series() != null) {
            return e.series().lastObservedTime();
        }
        return e.lastTimestamp() != null ? e.lastTimestamp() : firstSeen(e);
    }

    /** The series' count, else count; a singleton event of the events.k8s.io style carries none and counts once. */
    public static int count(Event e) {
        if (e.series() != null) {
            return e.series().count() == null ? 0 : e.series().count();
        }
        return e.count() == null || e.count() == 0 ? 1 : e.count();
    }

    /** "kubelet, node-1": the reporting component and, when known, its instance. */
    public static String source(Event e) {
        String component = firstNonEmpty(e.source() == null ? null : e.source().component(), e.reportingComponent());
        String instance = firstNonEmpty(e.source() == null ? null : e.source().host(), e.reportingInstance());
        return instance.isEmpty() ? component : component + ", " + instance;
    }

    private static String firstNonEmpty(String a, String b) {
        if (a != null && !a.isEmpty()) {
            return a;
        }
        return b == null ? "" : b;
    }
}
