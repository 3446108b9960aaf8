package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.print.printers.HpaTargets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small describers: Namespace, ConfigMap, Secret (sizes only, never values) and HorizontalPodAutoscaler. */
final class SimpleDescribers {
    private SimpleDescribers() {
    }

    static final Describer NAMESPACE = (object, ctx, w) -> {
        Namespace ns = ctx.typed(object, Namespace.class);
        w.field(0, "Name", ns.metadata().name());
        w.labels(0, "Labels", ns.metadata().labels());
        w.annotations(0, ns.metadata().annotations());
        w.field(0, "Status", ns.status() == null || ns.status().phase() == null ? "" : ns.status().phase());
        w.line(0, "");
        w.line(0, "No resource quota.");
        w.line(0, "");
        w.line(0, "No LimitRange resource.");
    };

    static final Describer CONFIG_MAP = (object, ctx, w) -> {
        ConfigMap cm = ctx.typed(object, ConfigMap.class);
        Sections.nameAndNamespace(cm.metadata(), w);
        w.labels(0, "Labels", cm.metadata().labels());
        w.annotations(0, cm.metadata().annotations());
        w.line(0, "");
        w.line(0, "Data");
        w.line(0, "====");
        for (Map.Entry<String, String> e : new TreeMap<>(cm.data() == null ? Map.<String, String>of() : cm.data()).entrySet()) {
            w.line(0, e.getKey() + ":");
            w.line(0, "----");
            w.line(0, e.getValue());
            w.line(0, "");
        }
        w.line(0, "");
        w.line(0, "BinaryData");
        w.line(0, "====");
        new TreeMap<>(cm.binaryData() == null ? Map.<String, byte[]>of() : cm.binaryData())
                .forEach((k, v) -> w.line(0, k + ": " + v.length + " bytes"));
        w.line(0, "");
    };

    static final Describer SECRET = (object, ctx, w) -> {
        Secret s = ctx.typed(object, Secret.class);
        Sections.nameAndNamespace(s.metadata(), w);
        w.labels(0, "Labels", s.metadata().labels());
        w.annotations(0, s.metadata().annotations());
        w.line(0, "");
        w.field(0, "Type", s.type() == null ? Secret.TYPE_OPAQUE : s.type());
        w.line(0, "");
        w.line(0, "Data");
        w.line(0, "====");
        new TreeMap<>(s.dataOrEmpty()).forEach((k, v) -> w.line(0, k + ":\t" + v.length + " bytes"));
    };

    static final Describer HPA = (object, ctx, w) -> {
        HorizontalPodAutoscaler hpa = ctx.typed(object, HorizontalPodAutoscaler.class);
        var spec = hpa.spec();
        Sections.nameAndNamespace(hpa.metadata(), w);
        w.labels(0, "Labels", hpa.metadata().labels());
        w.annotations(0, hpa.metadata().annotations());
        w.field(0, "CreationTimestamp", w.time(hpa.metadata().creationTimestamp()));
        var ref = spec == null ? null : spec.scaleTargetRef();
        w.field(0, "Reference", ref == null ? "" : ref.kind() + "/" + ref.name());
        List<MetricSpec> metrics = spec == null || spec.metrics() == null ? List.of() : spec.metrics();
        if (metrics.isEmpty()) {
            w.field(0, "Metrics", "<none>");
        } else {
            w.line(0, "Metrics:\t( current / target )");
            for (String t : HpaTargets.perMetric(metrics, hpa.status() == null ? null : hpa.status().currentMetrics())) {
                int colon = t.indexOf(": ");
                String name = colon > 0 ? t.substring(0, colon) : "metric";
                String value = colon > 0 ? t.substring(colon + 2) : t;
                w.line(1, "resource " + name + " on pods" + (value.endsWith("%") ? "  (as a percentage of request)" : "") + ":\t"
                        + value.replace("/", " / "));
            }
        }
        w.field(0, "Min replicas", spec == null || spec.minReplicas() == null ? 1 : spec.minReplicas());
        w.field(0, "Max replicas", spec == null ? 0 : spec.maxReplicas());
        var st = hpa.status();
        w.field(0, (ref == null ? "" : ref.kind()) + " pods", (st == null || st.currentReplicas() == null ? 0 : st.currentReplicas()) + " current / "
                + (st == null ? 0 : st.desiredReplicas()) + " desired");
        JsonNode conditions = object.path("status").path("conditions");
        if (conditions.size() > 0) {
            Sections.conditions(0, conditions, List.of("Type", "Status", "Reason", "Message"), w);
        }
    };
}
