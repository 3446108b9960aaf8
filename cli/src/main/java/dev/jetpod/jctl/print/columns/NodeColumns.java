package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.NodeAddress;
import dev.jetpod.api.core.v1.NodeCondition;
import dev.jetpod.api.core.v1.NodeStatus;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Nodes: NAME STATUS ROLES AGE VERSION, wide INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME. */
public final class NodeColumns implements KindColumns<Node> {
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    @Override
    public Class<Node> type() {
        return Node.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("STATUS"), Column.of("ROLES"), Column.of("AGE"), Column.of("VERSION"),
                Column.wide("INTERNAL-IP"), Column.wide("EXTERNAL-IP"), Column.wide("OS-IMAGE"), Column.wide("KERNEL-VERSION"),
                Column.wide("CONTAINER-RUNTIME"));
    }

    @Override
    public List<String> cells(Node node, Instant now) {
        NodeStatus st = node.status();
        var info = st == null ? null : st.nodeInfo();
        return List.of(node.metadata().name(), status(node), roles(node), Ages.since(node.metadata().creationTimestamp(), now),
                info == null || info.kubeletVersion() == null ? "" : info.kubeletVersion(),
                address(st, "InternalIP"), address(st, "ExternalIP"),
                info == null ? "<unknown>" : Cells.orNone(info.osImage()),
                info == null ? "<unknown>" : Cells.orNone(info.kernelVersion()),
                info == null ? "<unknown>" : Cells.orNone(info.containerRuntimeVersion()));
    }

    /** Ready / NotReady / Unknown, plus SchedulingDisabled when cordoned. */
    public static String status(Node node) {
        List<String> out = new ArrayList<>();
        NodeStatus st = node.status();
        String ready = "Unknown";
        if (st != null && st.conditions() != null) {
            for (NodeCondition c : st.conditions()) {
                if ("Ready".equals(c.type())) {
                    ready = "True".equals(c.status()) ? "Ready" : "False".equals(c.status()) ? "NotReady" : "Unknown";
                }
            }
        }
        out.add(ready);
        if (node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable())) {
            out.add("SchedulingDisabled");
        }
        return String.join(",", out);
    }

    static String roles(Node node) {
        TreeSet<String> roles = new TreeSet<>();
        node.metadata().labelsOrEmpty().forEach((k, v) -> {
            if (k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length()) {
                roles.add(k.substring(ROLE_PREFIX.length()));
            } else if (k.equals("kubernetes.io/role") && !v.isEmpty()) {
                roles.add(v);
            }
        });
        return roles.isEmpty() ? Cells.NONE : String.join(",", roles);
    }

    private static String address(NodeStatus st, String type) {
        if (st == null || st.addresses() == null) {
            return Cells.NONE;
        }
        for (NodeAddress a : st.addresses()) {
            if (type.equals(a.type())) {
                return a.address();
            }
        }
        return Cells.NONE;
    }
}
