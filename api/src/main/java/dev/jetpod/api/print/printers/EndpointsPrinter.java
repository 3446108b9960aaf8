package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.EndpointAddress;
import dev.jetpod.api.core.v1.EndpointPort;
import dev.jetpod.api.core.v1.EndpointSubset;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** NAME ENDPOINTS AGE; ENDPOINTS lists up to three {@code ip:port} pairs and then {@code + N more...}. */
public final class EndpointsPrinter implements RowPrinter<Endpoints> {
    private static final int SHOWN = 3;
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(), Columns.string("Endpoints", "The ready addresses and ports of the service's pods."), Columns.age());

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Endpoints ep, Instant now) {
        return PrintedRow.of(ep.metadata().name(), format(ep.subsets()), Ages.since(ep.metadata().creationTimestamp(), now));
    }

    static String format(List<EndpointSubset> subsets) {
        if (subsets == null || subsets.isEmpty()) {
            return "<none>";
        }
        List<String> shown = new ArrayList<>();
        int count = 0;
        for (EndpointSubset ss : subsets) {
            List<EndpointAddress> addresses = ss.addresses() == null ? List.of() : ss.addresses();
            if (ss.ports() == null || ss.ports().isEmpty()) {
                // a headless service without ports: the addresses alone
                count += addresses.size();
                for (EndpointAddress a : addresses) {
                    if (shown.size() < SHOWN) {
                        shown.add(a.ip());
                    }
                }
                continue;
            }
            for (EndpointPort p : ss.ports()) {
                count += addresses.size();
                for (EndpointAddress a : addresses) {
                    if (shown.size() < SHOWN) {
                        shown.add(hostPort(a.ip(), p.port()));
                    }
                }
            }
        }
        String joined = String.join(",", shown);
        return count > SHOWN ? joined + " + " + (count - SHOWN) + " more..." : joined;
    }

    private static String hostPort(String ip, int port) {
        return ip != null && ip.contains(":") ? "[" + ip + "]:" + port : ip + ":" + port;
    }
}
