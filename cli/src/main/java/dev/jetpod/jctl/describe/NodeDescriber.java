package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.NodeStatus;
import dev.jetpod.api.core.v1.Taint;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.resource.Quantity;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Node: taints, conditions, addresses, capacity, system info, and the pods running on it. */
final class NodeDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        Node node = ctx.typed(object, Node.class);
        NodeStatus st = node.status();
        w.field(0, "Name", node.metadata().name());
        w.labels(0, "Labels", node.metadata().labels());
        w.annotations(0, node.metadata().annotations());
        w.field(0, "CreationTimestamp", w.time(node.metadata().creationTimestamp()));
        List<Taint> taints = node.spec() == null || node.spec().taints() == null ? List.of() : node.spec().taints();
        if (taints.isEmpty()) {
            w.field(0, "Taints", "<none>");
        } else {
            boolean first = true;
            for (Taint t : taints) {
                w.line(0, (first ? "Taints:" : "") + "\t" + t.key() + (t.value() == null || t.value().isEmpty() ? "" : "=" + t.value()) + ":" + t.effect());
                first = false;
            }
        }
        w.field(0, "Unschedulable", node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable()));
        JsonNode conditions = object.path("status").path("conditions");
        if (conditions.size() > 0) {
            w.line(0, "Conditions:");
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode c : conditions) {
                rows.add(List.of(c.path("type").asText(), c.path("status").asText(), c.path("lastHeartbeatTime").asText(""),
                        c.path("lastTransitionTime").asText(""), c.path("reason").asText(""), c.path("message").asText("")));
            }
            w.table(1, List.of("Type", "Status", "LastHeartbeatTime", "LastTransitionTime", "Reason", "Message"), rows);
        }
        if (st != null && st.addresses() != null && !st.addresses().isEmpty()) {
            w.line(0, "Addresses:");
            st.addresses().forEach(a -> w.field(1, a.type(), a.address()));
        }
        quantities("Capacity", st == null ? null : st.capacity(), w);
        quantities("Allocatable", st == null ? null : st.allocatable(), w);
        if (st != null && st.nodeInfo() != null) {
            var i = st.nodeInfo();
            w.line(0, "System Info:");
            w.field(1, "Machine ID", i.machineID());
            w.field(1, "System UUID", i.systemUUID());
            w.field(1, "Boot ID", i.bootID());
            w.field(1, "Kernel Version", i.kernelVersion());
            w.field(1, "OS Image", i.osImage());
            w.field(1, "Operating System", i.operatingSystem());
            w.field(1, "Architecture", i.architecture());
            w.field(1, "Container Runtime Version", i.containerRuntimeVersion());
            w.field(1, "Kubelet Version", i.kubeletVersion());
        }
        String cidr = node.spec() == null ? null : node.spec().podCIDR();
        if (cidr != null) {
            w.field(0, "PodCIDR", cidr);
        }
        pods(node, ctx, w);
    }

    private static void quantities(String heading, Map<String, Quantity> q, DescribeWriter w) {
        if (q == null || q.isEmpty()) {
            return;
        }
        w.line(0, heading + ":");
        new TreeMap<>(q).forEach((k, v) -> w.field(1, k, v.toString()));
    }

    private static void pods(Node node, DescribeContext ctx, DescribeWriter w) {
        JsonNode pods;
        try {
            pods = ctx.api().list(Resources.PODS, null, ListOptions.fieldSelector("spec.nodeName=" + node.metadata().name()));
        } catch (dev.jetpod.api.errors.ApiException e) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode p : pods.path("items")) {
            String phase = p.path("status").path("phase").asText("");
            if (phase.equals("Succeeded") || phase.equals("Failed")) {
                continue;
            }
            rows.add(List.of(p.path("metadata").path("namespace").asText(), p.path("metadata").path("name").asText(),
                    Ages.since(instant(p.path("metadata").path("creationTimestamp").asText(null)), ctx.now())));
        }
        w.line(0, "Non-terminated Pods:\t(" + rows.size() + " in total)");
        if (!rows.isEmpty()) {
            w.table(1, List.of("Namespace", "Name", "Age"), rows);
        }
    }

    private static java.time.Instant instant(String s) {
        try {
            return s == null ? null : java.time.Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
