package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.core.v1.ServicePort;
import dev.jetpod.api.core.v1.ServiceSpec;
import dev.jetpod.api.scheme.Resources;
import java.util.ArrayList;
import java.util.List;

/** A Service: selector, type, IPs, each port with its target port and endpoints, session affinity. */
final class ServiceDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        Service svc = ctx.typed(object, Service.class);
        ServiceSpec spec = svc.spec();
        Sections.nameAndNamespace(svc.metadata(), w);
        w.labels(0, "Labels", svc.metadata().labels());
        w.annotations(0, svc.metadata().annotations());
        w.fieldOrNone(0, "Selector", spec == null ? null : Sections.selectorText(spec.selector()));
        w.field(0, "Type", spec == null || spec.type() == null ? "ClusterIP" : spec.type());
        if (spec != null && spec.ipFamilyPolicy() != null) {
            w.field(0, "IP Family Policy", spec.ipFamilyPolicy());
        }
        if (spec != null && spec.ipFamilies() != null && !spec.ipFamilies().isEmpty()) {
            w.field(0, "IP Families", String.join(",", spec.ipFamilies()));
        }
        w.field(0, "IP", spec == null || spec.clusterIP() == null ? "" : spec.clusterIP());
        if (spec != null && spec.clusterIPs() != null && !spec.clusterIPs().isEmpty()) {
            w.field(0, "IPs", String.join(",", spec.clusterIPs()));
        }
        Endpoints eps = ctx.api().find(Resources.ENDPOINTS, svc.metadata().namespace(), svc.metadata().name())
                .map(n -> ctx.typed(n, Endpoints.class)).orElse(null);
        for (ServicePort p : spec == null || spec.ports() == null ? List.<ServicePort>of() : spec.ports()) {
            String proto = p.protocol() == null ? "TCP" : p.protocol();
            w.field(0, "Port", (p.name() == null || p.name().isEmpty() ? "<unset>" : p.name()) + "  " + p.port() + "/" + proto);
            String target = p.targetPort() == null ? Integer.toString(p.port())
                    : p.targetPort().isInt() ? Integer.toString(p.targetPort().intValue()) : p.targetPort().stringValue();
            w.field(0, "TargetPort", target + "/" + proto);
            if (p.nodePort() != null && p.nodePort() != 0) {
                w.field(0, "NodePort", (p.name() == null || p.name().isEmpty() ? "<unset>" : p.name()) + "  " + p.nodePort() + "/" + proto);
            }
            w.fieldOrNone(0, "Endpoints", endpoints(eps, p));
        }
        w.field(0, "Session Affinity", spec == null || spec.sessionAffinity() == null ? "None" : spec.sessionAffinity());
    }

    private static String endpoints(Endpoints eps, ServicePort p) {
        if (eps == null || eps.subsets() == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (var s : eps.subsets()) {
            if (s.ports() == null || s.addresses() == null) {
                continue;
            }
            for (var port : s.ports()) {
                if (p.name() != null && !p.name().isEmpty() && !p.name().equals(port.name())) {
                    continue;
                }
                s.addresses().forEach(a -> out.add(a.ip() + ":" + port.port()));
            }
        }
        return String.join(",", out);
    }
}
