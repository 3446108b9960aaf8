package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** Secrets: NAME TYPE DATA AGE. */
public final class SecretColumns implements KindColumns<Secret> {
    @Override
    public Class<Secret> type() {
        return Secret.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("TYPE"), Column.of("DATA"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(Secret s, Instant now) {
        return List.of(s.metadata().name(), s.type() == null ? Secret.TYPE_OPAQUE : s.type(), Integer.toString(s.dataOrEmpty().size()),
                Ages.since(s.metadata().creationTimestamp(), now));
    }
}
