package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.LoadBalancerIngress;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.core.v1.ServiceSpec;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE; wide: SELECTOR. */
public final class ServicePrinter implements RowPrinter<Service> {
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Type", "How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName."),
            Columns.string("Cluster-IP", "The IP address of the service inside the cluster."),
            Columns.string("External-IP", "The addresses the service is reachable at from outside the cluster."),
            Columns.string("Port(s)", "The ports the service exposes."),
            Columns.age(),
            Columns.wide(Columns.string("Selector", "Route service traffic to pods with label keys and values matching this selector.")));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Service svc, Instant now) {
        ServiceSpec spec = svc.spec();
        String type = spec == null || spec.type() == null ? "" : spec.type();
        String clusterIp = "<none>";
        if (spec != null && spec.clusterIPs() != null && !spec.clusterIPs().isEmpty()) {
            clusterIp = spec.clusterIPs().get(0);
        } else if (spec != null && spec.clusterIP() != null && !spec.clusterIP().isEmpty()) {
            clusterIp = spec.clusterIP();
        }
        String ports = spec == null ? "" : ports(spec.ports());
        return PrintedRow.of(
                svc.metadata().name(),
                type,
                clusterIp,
                externalIp(svc, type),
                ports.isEmpty() ? "<none>" : ports,
                Ages.since(svc.metadata().creationTimestamp(), now),
                formatLabels(spec == null ? null : spec.selector()));
    }

    static String ports(List<ServicePort> ports) {
        if (ports == null) {
            return "";
        }
        List<String> pieces = new ArrayList<>();
        for (ServicePort p : ports) {
            String protocol = p.protocol() == null ? "TCP" : p.protocol();
            pieces.add(p.nodePort() != null && p.nodePort() > 0
                    ? p.port() + ":" + p.nodePort() + "/" + protocol
                    : p.port() + "/" + protocol);
        }
        return String.join(",", pieces);
    }

    private static String externalIp(Service svc, String type) {
        ServiceSpec spec = svc.spec();
        List<String> externalIps = spec == null || spec.externalIPs() == null ? List.of() : spec.externalIPs();
        switch (type) {
            case "ClusterIP", "NodePort":
                return externalIps.isEmpty() ? "<none>" : String.join(",", externalIps);
            case "LoadBalancer": {
                TreeSet<String> lb = new TreeSet<>();
                List<LoadBalancerIngress> ingress = svc.status() == null || svc.status().loadBalancer() == null
                        || svc.status().loadBalancer().ingress() == null ? List.of() : svc.status().loadBalancer().ingress();
                for (LoadBalancerIngress i : ingress) {
                    if (i.ip() != null && !i.ip().isEmpty()) {
                        lb.add(i.ip());
                    } else if (i.hostname() != null && !i.hostname().isEmpty()) {
                        lb.add(i.hostname());
                    }
                }
                List<String> all = new ArrayList<>(lb);
                all.addAll(externalIps);
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            }
            case "ExternalName":
                return spec.externalName() == null ? "" : spec.externalName();
            default:
                return "<unknown>";
        }
    }

    /** labels.FormatLabels: sorted {@code k=v} pairs, {@code <none>} when empty. */
    static String formatLabels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "<none>";
        }
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
