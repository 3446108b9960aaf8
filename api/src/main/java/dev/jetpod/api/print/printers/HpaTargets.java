package dev.jetpod.api.print.printers;

import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.autoscaling.v2.MetricStatus;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.api.autoscaling.v2.MetricValueStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The TARGETS cell of an HPA: per metric {@code current/target} ({@code cpu: 40%/80%}, {@code 1k/500 (avg)}),
 * {@code <unknown>} for a current value not observed yet, at most two metrics and then {@code + N more...}.
 */
public final class HpaTargets {
    private static final int SHOWN = 2;
    private static final String UNKNOWN = "<unknown>";

    private HpaTargets() {
    }

    public static String format(List<MetricSpec> specs, List<MetricStatus> statuses) {
        List<String> parts = perMetric(specs, statuses);
        if (parts.isEmpty()) {
            return "<none>";
        }
        if (parts.size() > SHOWN) {
            return String.join(", ", parts.subList(0, SHOWN)) + " + " + (parts.size() - SHOWN) + " more...";
        }
        return String.join(", ", parts);
    }

    /** Every metric's {@code current/target}, in spec order (describe shows them all). */
    public static List<String> perMetric(List<MetricSpec> specs, List<MetricStatus> statuses) {
        List<MetricSpec> sp = specs == null ? List.of() : specs;
        List<MetricStatus> st = statuses == null ? List.of() : statuses;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sp.size(); i++) {
            parts.add(one(sp.get(i), i < st.size() ? st.get(i) : null));
        }
        return parts;
    }

    private static String one(MetricSpec spec, MetricStatus status) {
        String type = spec.type() == null ? "" : spec.type();
        return switch (type) {
            case "Resource" -> spec.resource() == null ? "<unknown type>" : spec.resource().name() + ": "
                    + utilizationOrValue(spec.resource().target(), current(status, s -> s.resource() == null ? null : s.resource().current()));
            case "ContainerResource" -> spec.containerResource() == null ? "<unknown type>" : spec.containerResource().name() + ": "
                    + utilizationOrValue(spec.containerResource().target(), current(status, s -> s.containerResource() == null ? null : s.containerResource().current()));
            case "Pods" -> spec.pods() == null ? "<unknown type>"
                    : averageValue(current(status, s -> s.pods() == null ? null : s.pods().current())) + "/" + text(spec.pods().target().averageValue());
            case "Object" -> spec.object() == null ? "<unknown type>"
                    : valueOrAverage(spec.object().target(), current(status, s -> s.object() == null ? null : s.object().current()));
            case "External" -> spec.external() == null ? "<unknown type>"
                    : valueOrAverage(spec.external().target(), current(status, s -> s.external() == null ? null : s.external().current()));
            default -> "<unknown type>";
        };
    }

    private static MetricValueStatus current(MetricStatus status, Function<MetricStatus, MetricValueStatus> pick) {
        return status == null ? null : pick.apply(status);
    }

    private static String utilizationOrValue(MetricTarget target, MetricValueStatus current) {
        if (target != null && target.averageValue() != null) {
            return averageValue(current) + "/" + target.averageValue();
        }
        String cur = current == null || current.averageUtilization() == null ? UNKNOWN : current.averageUtilization() + "%";
        String tgt = target == null || target.averageUtilization() == null ? "<auto>" : target.averageUtilization() + "%";
        return cur + "/" + tgt;
    }

    private static String valueOrAverage(MetricTarget target, MetricValueStatus current) {
        if (target != null && target.averageValue() != null) {
            return averageValue(current) + "/" + target.averageValue() + " (avg)";
        }
        String cur = current == null || current.value() == null ? UNKNOWN : current.value().toString();
        return cur + "/" + (target == null ? UNKNOWN : text(target.value()));
    }

    private static String averageValue(MetricValueStatus current) {
        return current == null || current.averageValue() == null ? UNKNOWN : current.averageValue().toString();
    }

    private static String text(Object o) {
        return o == null ? "0" : o.toString();
    }
}
