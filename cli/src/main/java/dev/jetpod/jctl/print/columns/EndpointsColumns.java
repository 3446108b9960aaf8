package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.EndpointAddress;
import dev.jetpod.api.core.v1.EndpointPort;
import dev.jetpod.api.core.v1.EndpointSubset;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Endpoints: NAME ENDPOINTS AGE; ENDPOINTS lists ip:port pairs, the first three and "+ N more...". */
public final class EndpointsColumns implements KindColumns<Endpoints> {
    private static final int SHOWN = 3;

    @Override
    public Class<Endpoints> type() {
        return Endpoints.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("ENDPOINTS"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(Endpoints e, Instant now) {
        List<String> all = new ArrayList<>();
        if (e.subsets() != null) {
            for (EndpointSubset s : e.subsets()) {
                List<EndpointAddress> addrs = s.addresses() == null ? List.of() : s.addresses();
                List<EndpointPort> ports = s.ports() == null ? List.of() : s.ports();
                for (EndpointAddress a : addrs) {
                    if (ports.isEmpty()) {
                        all.add(a.ip());
                    }
                    for (EndpointPort p : ports) {
                        all.add(a.ip() + ":" + p.port());
                    }
                }
            }
        }
        String cell = all.isEmpty() ? Cells.NONE : String.join(",", all.subList(0, Math.min(SHOWN, all.size())))
                + (all.size() > SHOWN ? " + " + (all.size() - SHOWN) + " more..." : "");
        return List.of(e.metadata().name(), cell, Ages.since(e.metadata().creationTimestamp(), now));
    }
}
