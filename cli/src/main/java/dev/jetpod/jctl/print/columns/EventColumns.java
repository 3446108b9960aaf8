package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.ObjectReference;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Events: LAST SEEN TYPE REASON OBJECT MESSAGE, wide SUBOBJECT SOURCE FIRST SEEN COUNT NAME (kubectl's order). */
public final class EventColumns implements KindColumns<Event> {
    @Override
    public Class<Event> type() {
        return Event.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("LAST SEEN"), Column.of("TYPE"), Column.of("REASON"), Column.of("OBJECT"),
                Column.wide("SUBOBJECT"), Column.wide("SOURCE"), Column.of("MESSAGE"), Column.wide("FIRST SEEN"),
                Column.wide("COUNT"), Column.wide("NAME"));
    }

    @Override
    public List<String> cells(Event e, Instant now) {
        ObjectReference o = e.involvedObject();
        String object = o == null ? "" : (o.kind() == null ? "" : o.kind().toLowerCase(Locale.ROOT)) + "/" + o.name();
        String source = e.source() == null || e.source().component() == null ? (e.reportingComponent() == null ? "" : e.reportingComponent())
                : e.source().component() + (e.source().host() == null || e.source().host().isEmpty() ? "" : ", " + e.source().host());
        return List.of(Ages.since(lastSeen(e), now), nz(e.type()), nz(e.reason()), object,
                o == null || o.fieldPath() == null ? "" : o.fieldPath(), source, nz(e.message()).strip(),
                Ages.since(firstSeen(e), now), Integer.toString(count(e)), e.metadata().name());
    }

    /** The time an event was last seen: lastTimestamp, else the series' last observation, else eventTime. */
    public static Instant lastSeen(Event e) {
        if (e.series() != null && e.series().lastObservedTime() != null) {
            return e.series().lastObservedTime();
        }
        if (e.lastTimestamp() != null) {
            return e.lastTimestamp();
        }
        return e.eventTime() != null ? e.eventTime() : e.metadata().creationTimestamp();
    }

    public static Instant firstSeen(Event e) {
        if (e.firstTimestamp() != null) {
            return e.firstTimestamp();
        }
        return e.eventTime() != null ? e.eventTime() : e.metadata().creationTimestamp();
    }

    public static int count(Event e) {
        if (e.series() != null && e.series().count() != null) {
            return e.series().count();
        }
        return e.count() == null || e.count() == 0 ? 1 : e.count();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
