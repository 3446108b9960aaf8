package dev.jetpod.api.print.printers;

import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.NodeAddress;
import dev.jetpod.api.core.v1.NodeCondition;
import dev.jetpod.api.core.v1.NodeSystemInfo;
import dev.jetpod.api.meta.TableColumnDefinition;
import dev.jetpod.api.print.Ages;
import dev.jetpod.api.print.Columns;
import dev.jetpod.api.print.PrintedRow;
import dev.jetpod.api.print.RowPrinter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * NAME STATUS ROLES AGE VERSION; wide: INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME. STATUS is
 * Ready / NotReady / Unknown from the Ready condition, plus SchedulingDisabled for a cordoned node; ROLES come from
 * {@code node-role.kubernetes.io/<role>} labels and the legacy {@code kubernetes.io/role} label.
 */
public final class NodePrinter implements RowPrinter<Node> {
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";
    private static final String LEGACY_ROLE_LABEL = "kubernetes.io/role";
    private static final List<TableColumnDefinition> COLUMNS = List.of(
            Columns.name(),
            Columns.string("Status", "The status of the node"),
            Columns.string("Roles", "The roles of the node"),
            Columns.age(),
            Columns.string("Version", "The kubelet version reported by the node."),
            Columns.wide(Columns.string("Internal-IP", "The node's first InternalIP address.")),
            Columns.wide(Columns.string("External-IP", "The node's first ExternalIP address.")),
            Columns.wide(Columns.string("OS-Image", "The OS image reported by the node.")),
            Columns.wide(Columns.string("Kernel-Version", "The kernel version reported by the node.")),
            Columns.wide(Columns.string("Container-Runtime", "The container runtime and its version.")));

    @Override
    public List<TableColumnDefinition> columns() {
        return COLUMNS;
    }

    @Override
    public PrintedRow print(Node node, Instant now) {
        NodeSystemInfo info = node.status() == null ? null : node.status().nodeInfo();
        String roles = String.join(",", roles(node.metadata().labelsOrEmpty()));
        return PrintedRow.of(
                node.metadata().name(),
                status(node),
                roles.isEmpty() ? "<none>" : roles,
                Ages.since(node.metadata().creationTimestamp(), now),
                info == null || info.kubeletVersion() == null ? "" : info.kubeletVersion(),
                address(node, "InternalIP"),
                address(node, "ExternalIP"),
                orUnknown(info == null ? null : info.osImage()),
                orUnknown(info == null ? null : info.kernelVersion()),
                orUnknown(info == null ? null : info.containerRuntimeVersion()));
    }

    static String status(Node node) {
        List<String> parts = new ArrayList<>();
        List<NodeCondition> conditions = node.status() == null || node.status().conditions() == null ? List.of() : node.status().conditions();
        for (NodeCondition c : conditions) {
            if ("Ready".equals(c.type())) {
                parts.add("True".equals(c.status()) ? "Ready" : "NotReady");
                break;
            }
        }
        if (parts.isEmpty()) {
            parts.add("Unknown");
        }
        if (node.spec() != null && Boolean.TRUE.equals(node.spec().unschedulable())) {
            parts.add("SchedulingDisabled");
        }
        return String.join(",", parts);
    }

    static TreeSet<String> roles(Map<String, String> labels) {
        TreeSet<String> roles = new TreeSet<>();
        labels.forEach((k, v) -> {
            if (k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length()) {
                roles.add(k.substring(ROLE_PREFIX.length()));
            } else if (k.equals(LEGACY_ROLE_LABEL) && v != null && !v.isEmpty()) {
                roles.add(v);
            }
        });
        return roles;
    }

    private static String address(Node node, String type) {
        List<NodeAddress> addresses = node.status() == null || node.status().addresses() == null ? List.of() : node.status().addresses();
        for (NodeAddress a : addresses) {
            if (type.equals(a.type())) {
                return a.address();
            }
        }
        return "<none>";
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }
}
