package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodIP;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.api.meta.ObjectMeta;
import java.util.List;

/** A Pod as kubectl describes it: identity, node, status and IPs, containers with their state, conditions, volumes. */
final class PodDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        Pod pod = ctx.typed(object, Pod.class);
        ObjectMeta m = pod.metadata();
        PodSpec spec = pod.spec();
        PodStatus st = pod.status();
        Sections.nameAndNamespace(m, w);
        w.field(0, "Priority", spec == null || spec.priority() == null ? 0 : spec.priority());
        w.field(0, "Service Account", spec == null || spec.serviceAccountName() == null ? "" : spec.serviceAccountName());
        String node = spec == null || spec.nodeName() == null || spec.nodeName().isEmpty() ? "<none>"
                : spec.nodeName() + (st == null || st.hostIP() == null ? "" : "/" + st.hostIP());
        w.field(0, "Node", node);
        if (st != null && st.startTime() != null) {
            w.field(0, "Start Time", w.time(st.startTime()));
        }
        w.labels(0, "Labels", m.labels());
        w.annotations(0, m.annotations());
        if (m.deletionTimestamp() != null) {
            w.field(0, "Status", "Terminating (lasts " + dev.jetpod.api.print.Ages.since(m.deletionTimestamp(), ctx.now()) + ")");
            w.field(0, "Termination Grace Period", (m.deletionGracePeriodSeconds() == null ? 0 : m.deletionGracePeriodSeconds()) + "s");
        } else {
            w.field(0, "Status", st == null || st.phase() == null ? "Pending" : st.phase());
        }
        if (st != null && st.reason() != null && !st.reason().isEmpty()) {
            w.field(0, "Reason", st.reason());
        }
        if (st != null && st.message() != null && !st.message().isEmpty()) {
            w.field(0, "Message", st.message());
        }
        w.field(0, "IP", st == null || st.podIP() == null ? "" : st.podIP());
        List<PodIP> ips = st == null || st.podIPs() == null ? List.of() : st.podIPs();
        if (ips.isEmpty()) {
            w.field(0, "IPs", "<none>");
        } else {
            w.line(0, "IPs:");
            ips.forEach(ip -> w.field(1, "IP", ip.ip()));
        }
        Sections.controlledBy(m, w);
        if (spec != null) {
            Sections.containers("Init Containers", 0, spec.initContainers(), st == null || st.initContainerStatuses() == null ? List.of() : st.initContainerStatuses(), w);
            Sections.containers("Containers", 0, spec.containers(), st == null || st.containerStatuses() == null ? List.of() : st.containerStatuses(), w);
        }
        Sections.conditions(0, object.path("status").path("conditions"), List.of("Type", "Status"), w);
        if (spec != null) {
            Sections.volumes(0, spec.volumes(), w);
        }
        w.field(0, "QoS Class", st == null || st.qosClass() == null ? "" : st.qosClass());
        w.fieldOrNone(0, "Node-Selectors", spec == null ? null : Sections.selectorText(spec.nodeSelector()));
        Sections.tolerations(0, spec == null ? null : spec.tolerations(), w);
    }
}
