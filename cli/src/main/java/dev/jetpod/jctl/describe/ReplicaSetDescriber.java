package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import java.util.List;

/** A ReplicaSet: selector, owner, replicas current/desired, its pods by phase, the template, conditions. */
final class ReplicaSetDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        ReplicaSet rs = ctx.typed(object, ReplicaSet.class);
        Sections.nameAndNamespace(rs.metadata(), w);
        String selector = rs.spec() == null || rs.spec().selector() == null ? "" : Selector.from(rs.spec().selector()).toString();
        w.field(0, "Selector", selector);
        w.labels(0, "Labels", rs.metadata().labels());
        w.annotations(0, rs.metadata().annotations());
        Sections.controlledBy(rs.metadata(), w);
        int desired = rs.spec() == null || rs.spec().replicas() == null ? 0 : rs.spec().replicas();
        w.field(0, "Replicas", (rs.status() == null ? 0 : rs.status().replicas()) + " current / " + desired + " desired");
        w.field(0, "Pods Status", podsStatus(rs, selector, ctx));
        Sections.podTemplate(0, rs.spec() == null ? null : rs.spec().template(), w);
        Sections.conditions(0, object.path("status").path("conditions"), List.of("Type", "Status", "Reason"), w);
    }

    private static String podsStatus(ReplicaSet rs, String selector, DescribeContext ctx) {
        int running = 0;
        int waiting = 0;
        int succeeded = 0;
        int failed = 0;
        if (!selector.isEmpty()) {
            JsonNode pods = ctx.api().list(Resources.PODS, rs.metadata().namespace(), ListOptions.labelSelector(selector));
            for (JsonNode p : pods.path("items")) {
                switch (p.path("status").path("phase").asText("Pending")) {
                    case "Running" -> running++;
                    case "Succeeded" -> succeeded++;
                    case "Failed" -> failed++;
                    default -> waiting++;
                }
            }
        }
        return running + " Running / " + waiting + " Waiting / " + succeeded + " Succeeded / " + failed + " Failed";
    }
}
