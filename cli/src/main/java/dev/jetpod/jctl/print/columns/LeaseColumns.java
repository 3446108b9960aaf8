package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** Leases: NAME HOLDER AGE. */
public final class LeaseColumns implements KindColumns<Lease> {
    @Override
    public Class<Lease> type() {
        return Lease.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("HOLDER"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(Lease l, Instant now) {
        String holder = l.spec() == null || l.spec().holderIdentity() == null ? "" : l.spec().holderIdentity();
        return List.of(l.metadata().name(), holder, Ages.since(l.metadata().creationTimestamp(), now));
    }
}
