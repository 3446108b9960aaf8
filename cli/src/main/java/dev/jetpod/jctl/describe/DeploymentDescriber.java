package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.DeploymentSpec;
import dev.jetpod.api.apps.v1.DeploymentStatus;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.client.ListOptions;
import dev.jetpod.jctl.rollout.Revisions;
import java.util.ArrayList;
import java.util.List;

/** A Deployment: replicas summary, strategy, pod template, conditions, and its old and new ReplicaSets. */
final class DeploymentDescriber implements Describer {
    @Override
    public void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w) {
        Deployment d = ctx.typed(object, Deployment.class);
        DeploymentSpec spec = d.spec();
        DeploymentStatus st = d.status();
        Sections.nameAndNamespace(d.metadata(), w);
        w.field(0, "CreationTimestamp", w.time(d.metadata().creationTimestamp()));
        w.labels(0, "Labels", d.metadata().labels());
        w.annotations(0, d.metadata().annotations());
        w.fieldOrNone(0, "Selector", spec == null || spec.selector() == null ? null : dev.jetpod.api.labels.Selector.from(spec.selector()).toString());
        int desired = spec == null || spec.replicas() == null ? 0 : spec.replicas();
        w.field(0, "Replicas", desired + " desired | " + n(st == null ? null : st.updatedReplicas()) + " updated | "
                + n(st == null ? null : st.replicas()) + " total | " + n(st == null ? null : st.availableReplicas()) + " available | "
                + n(st == null ? null : st.unavailableReplicas()) + " unavailable");
        String strategy = spec == null || spec.strategy() == null || spec.strategy().type() == null ? "RollingUpdate" : spec.strategy().type();
        w.field(0, "StrategyType", strategy);
        w.field(0, "MinReadySeconds", object.path("spec").path("minReadySeconds").asInt(0));
        if ("RollingUpdate".equals(strategy) && spec != null && spec.strategy() != null && spec.strategy().rollingUpdate() != null) {
            var ru = spec.strategy().rollingUpdate();
            w.field(0, "RollingUpdateStrategy", text(ru.maxUnavailable()) + " max unavailable, " + text(ru.maxSurge()) + " max surge");
        }
        Sections.podTemplate(0, spec == null ? null : spec.template(), w);
        Sections.conditions(0, object.path("status").path("conditions"), List.of("Type", "Status", "Reason"), w);
        replicaSets(object, ctx, w);
    }

    private static void replicaSets(ObjectNode deployment, DescribeContext ctx, DescribeWriter w) {
        String ns = deployment.path("metadata").path("namespace").asText();
        JsonNode list = ctx.api().list(Resources.REPLICASETS, ns, ListOptions.NONE);
        List<Revisions.Revision> revs = Revisions.of(deployment, list).all();
        if (revs.isEmpty()) {
            w.field(0, "OldReplicaSets", "<none>");
            w.field(0, "NewReplicaSet", "<none>");
            return;
        }
        List<String> old = new ArrayList<>();
        for (int i = 0; i < revs.size() - 1; i++) {
            old.add(summary(revs.get(i).replicaSet()));
        }
        w.fieldOrNone(0, "OldReplicaSets", String.join(", ", old));
        w.field(0, "NewReplicaSet", summary(revs.get(revs.size() - 1).replicaSet()));
    }

    private static String summary(JsonNode rs) {
        return rs.path("metadata").path("name").asText() + " (" + rs.path("status").path("replicas").asInt(0) + "/"
                + rs.path("spec").path("replicas").asInt(0) + " replicas created)";
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    private static String text(dev.jetpod.api.intstr.IntOrString v) {
        if (v == null) {
            return "25%";
        }
        return v.isInt() ? Integer.toString(v.intValue()) : v.stringValue();
    }
}
