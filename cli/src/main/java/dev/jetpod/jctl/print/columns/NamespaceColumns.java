package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** Namespaces: NAME STATUS AGE. */
public final class NamespaceColumns implements KindColumns<Namespace> {
    @Override
    public Class<Namespace> type() {
        return Namespace.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("STATUS"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(Namespace ns, Instant now) {
        String phase = ns.status() == null || ns.status().phase() == null ? "" : ns.status().phase();
        return List.of(ns.metadata().name(), phase, Ages.since(ns.metadata().creationTimestamp(), now));
    }
}
