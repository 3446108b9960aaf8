package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.LoadBalancerIngress;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.core.v1.ServiceSpec;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Services: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide SELECTOR. */
public final class ServiceColumns implements KindColumns<Service> {
    @Override
    public Class<Service> type() {
        return Service.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("TYPE"), Column.of("CLUSTER-IP"), Column.of("EXTERNAL-IP"), Column.of("PORT(S)"),
                Column.of("AGE"), Column.wide("SELECTOR"));
    }

    @Override
    public List<String> cells(Service svc, Instant now) {
        ServiceSpec spec = svc.spec();
        String type = spec == null || spec.type() == null ? "ClusterIP" : spec.type();
        String clusterIp = spec == null || spec.clusterIP() == null || spec.clusterIP().isEmpty() ? Cells.NONE : spec.clusterIP();
        return List.of(svc.metadata().name(), type, clusterIp, externalIp(svc, type), ports(spec),
                Ages.since(svc.metadata().creationTimestamp(), now),
                spec == null ? Cells.NONE : Cells.labels(spec.selector()));
    }

    static String ports(ServiceSpec spec) {
        if (spec == null || spec.ports() == null || spec.ports().isEmpty()) {
            return Cells.NONE;
        }
        List<String> out = new ArrayList<>();
        for (ServicePort p : spec.ports()) {
            String proto = p.protocol() == null ? "TCP" : p.protocol();
            out.add(p.nodePort() != null && p.nodePort() != 0 ? p.port() + ":" + p.nodePort() + "/" + proto : p.port() + "/" + proto);
        }
        return String.join(",", out);
    }

    private static String externalIp(Service svc, String type) {
        ServiceSpec spec = svc.spec();
        List<String> external = spec == null || spec.externalIPs() == null ? List.of() : spec.externalIPs();
        switch (type) {
            case "ClusterIP", "NodePort" -> {
                return external.isEmpty() ? Cells.NONE : String.join(",", external);
            }
            case "ExternalName" -> {
                return spec.externalName() == null ? Cells.NONE : spec.externalName();
            }
            case "LoadBalancer" -> {
                List<String> ips = new ArrayList<>();
                if (svc.status() != null && svc.status().loadBalancer() != null && svc.status().loadBalancer().ingress() != null) {
                    for (LoadBalancerIngress i : svc.status().loadBalancer().ingress()) {
                        ips.add(i.ip() != null && !i.ip().isEmpty() ? i.ip() : i.hostname());
                    }
                }
                ips.addAll(external);
                return ips.isEmpty() ? "<pending>" : String.join(",", ips);
            }
            default -> {
                return "<unknown>";
            }
        }
    }
}
