package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec;
import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.autoscaling.v2.MetricStatus;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.jctl.print.Ages;
import dev.jetpod.jctl.print.Column;
import dev.jetpod.jctl.print.KindColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** HPAs: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE; TARGETS like "cpu: 40%/80%" per metric. */
public final class HpaColumns implements KindColumns<HorizontalPodAutoscaler> {
    private static final String UNKNOWN = "<unknown>";

    @Override
    public Class<HorizontalPodAutoscaler> type() {
        return HorizontalPodAutoscaler.class;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.of("NAME"), Column.of("REFERENCE"), Column.of("TARGETS"), Column.of("MINPODS"), Column.of("MAXPODS"),
                Column.of("REPLICAS"), Column.of("AGE"));
    }

    @Override
    public List<String> cells(HorizontalPodAutoscaler hpa, Instant now) {
        HorizontalPodAutoscalerSpec spec = hpa.spec();
        String ref = spec == null || spec.scaleTargetRef() == null ? "" : spec.scaleTargetRef().kind() + "/" + spec.scaleTargetRef().name();
        String min = spec == null || spec.minReplicas() == null ? "<unset>" : Integer.toString(spec.minReplicas());
        int replicas = hpa.status() == null ? 0 : Cells.orZero(hpa.status().currentReplicas());
        return List.of(hpa.metadata().name(), ref, targets(hpa), min, Integer.toString(spec == null ? 0 : spec.maxReplicas()),
                Integer.toString(replicas), Ages.since(hpa.metadata().creationTimestamp(), now));
    }

    /** One "current/target" per metric, at most two then "+ N more...". */
    public static String targets(HorizontalPodAutoscaler hpa) {
        List<MetricSpec> specs = hpa.spec() == null || hpa.spec().metrics() == null ? List.of() : hpa.spec().metrics();
        if (specs.isEmpty()) {
            return Cells.NONE;
        }
        List<MetricStatus> current = hpa.status() == null || hpa.status().currentMetrics() == null ? List.of() : hpa.status().currentMetrics();
        List<String> parts = new ArrayList<>();
        for (MetricSpec m : specs) {
            parts.add(target(m, current));
        }
        if (parts.size() > 2) {
            return String.join(", ", parts.subList(0, 2)) + " + " + (parts.size() - 2) + " more...";
        }
        return String.join(", ", parts);
    }

    private static String target(MetricSpec m, List<MetricStatus> current) {
        String type = m.type() == null ? "" : m.type();
        switch (type) {
            case "Resource" -> {
                if (m.resource() == null) {
                    return UNKNOWN;
                }
                String name = m.resource().name();
                MetricTarget t = m.resource().target();
                var cur = current.stream().filter(s -> s.resource() != null && name.equals(s.resource().name()) && s.resource().current() != null)
                        .map(s -> s.resource().current()).findFirst().orElse(null);
                if (t != null && t.averageUtilization() != null) {
                    String c = cur == null || cur.averageUtilization() == null ? UNKNOWN : cur.averageUtilization() + "%";
                    return name + ": " + c + "/" + t.averageUtilization() + "%";
                }
                String c = cur == null || cur.averageValue() == null ? UNKNOWN : cur.averageValue().toString();
                return name + ": " + c + "/" + (t == null || t.averageValue() == null ? UNKNOWN : t.averageValue().toString());
            }
            case "Pods" -> {
                MetricTarget t = m.pods() == null ? null : m.pods().target();
                return UNKNOWN + "/" + (t == null || t.averageValue() == null ? UNKNOWN : t.averageValue().toString());
            }
            default -> {
                return UNKNOWN + "/" + UNKNOWN;
            }
        }
    }
}
