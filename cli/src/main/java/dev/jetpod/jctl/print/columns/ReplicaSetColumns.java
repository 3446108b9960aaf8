package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.apps.v1.ReplicaSetStatus;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.List;

/** ReplicaSets: NAME DESIRED CURRENT READY AGE, wide CONTAINERS IMAGES SELECTOR. */
public final class ReplicaSetColumns implements KindColumns<ReplicaSet> {
    @Override
    public Class<ReplicaSet> type() {
        return ReplicaSet.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("DESIRED"), Column.of("CURRENT"), Column.of("READY"), Column.of("AGE"),
                Column.wide("CONTAINERS"), Column.wide("IMAGES"), Column.wide("SELECTOR"));
    }

    @Override
    public List<String> cells(ReplicaSet rs, Instant now) {
        ReplicaSetStatus st = rs.status();
        List<String> ci = Cells.containersAndImages(rs.spec() == null ? null : rs.spec().template());
        return List.of(rs.metadata().name(),
                Integer.toString(rs.spec() == null ? 0 : Cells.orZero(rs.spec().replicas())),
                Integer.toString(st == null ? 0 : st.replicas()),
                Integer.toString(st == null ? 0 : Cells.orZero(st.readyReplicas())),
                Ages.since(rs.metadata().creationTimestamp(), now),
                ci.get(0), ci.get(1), Cells.selector(rs.spec() == null ? null : rs.spec().selector()));
    }
}
