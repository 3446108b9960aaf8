package dev.jetpod.api.rules;

import dev.jetpod.api.autoscaling.v2.CrossVersionObjectReference;
import dev.jetpod.api.autoscaling.v2.HPAScalingPolicy;
import dev.jetpod.api.autoscaling.v2.HPAScalingRules;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec;
import dev.jetpod.api.autoscaling.v2.MetricIdentifier;
import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.api.autoscaling.v2.ResourceMetricSource;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.api.validation.Errors;
import dev.jetpod.api.validation.FieldError;
import dev.jetpod.api.validation.FieldPath;
import dev.jetpod.api.validation.MetaValidation;
import dev.jetpod.api.validation.NameFormats;
import dev.jetpod.api.validation.SchedulingValidation;
import java.util.ArrayList;
import java.util.List;

/**
 * autoscaling/v2 HorizontalPodAutoscalers: minReplicas 1 and an 80% CPU utilization metric by default; when a
 * behavior is given, its missing parts are filled with Kubernetes' scale-up and scale-down rules.
 */
public final class HorizontalPodAutoscalerRules extends BaseRules<HorizontalPodAutoscaler> {
    private static final FieldPath SPEC = FieldPath.root("spec");
    static final List<String> METRIC_TYPES = List.of("ContainerResource", "External", "Object", "Pods", "Resource");
    static final List<String> TARGET_TYPES = List.of("AverageValue", "Utilization", "Value");

    public HorizontalPodAutoscalerRules() {
        super(Resources.HORIZONTAL_POD_AUTOSCALERS, MetaValidation::subdomainName);
    }

    @Override
    public HorizontalPodAutoscaler applyDefaults(HorizontalPodAutoscaler hpa) {
        HorizontalPodAutoscalerSpec s = hpa.spec();
        if (s == null) {
            return hpa;
        }
        if (s.minReplicas() == null) {
            s = s.withMinReplicas(1);
        }
        if (s.metrics() == null || s.metrics().isEmpty()) {
            MetricTarget target = new MetricTarget("Utilization", null, null, 80);
            s = s.withMetrics(List.of(new MetricSpec("Resource", null, null, new ResourceMetricSource("cpu", target), null, null)));
        }
        if (s.behavior() != null) {
            s = s.withBehavior(new HorizontalPodAutoscalerBehavior(
                    rules(s.behavior().scaleUp(), 0, List.of(new HPAScalingPolicy("Pods", 4, 15), new HPAScalingPolicy("Percent", 100, 15))),
                    rules(s.behavior().scaleDown(), null, List.of(new HPAScalingPolicy("Percent", 100, 15)))));
        }
        return hpa.withSpec(s);
    }

    private static HPAScalingRules rules(HPAScalingRules r, Integer window, List<HPAScalingPolicy> policies) {
        if (r == null) {
            return new HPAScalingRules(window, "Max", policies, null);
        }
        return new HPAScalingRules(r.stabilizationWindowSeconds() == null ? window : r.stabilizationWindowSeconds(),
                r.selectPolicy() == null ? "Max" : r.selectPolicy(), r.policies() == null ? policies : r.policies(), r.tolerance());
    }

    @Override
    protected List<FieldError> validateObject(HorizontalPodAutoscaler hpa) {
        HorizontalPodAutoscalerSpec s = hpa.spec();
        Errors errs = new Errors();
        if (s == null) {
            return errs.required(SPEC).toList();
        }
        int min = s.minReplicas() == null ? 1 : s.minReplicas();
        if (s.minReplicas() != null && s.minReplicas() < 1) {
            errs.invalid(SPEC.child("minReplicas"), s.minReplicas(), "must be greater than or equal to 1");
        }
        if (s.maxReplicas() < 1) {
            errs.invalid(SPEC.child("maxReplicas"), s.maxReplicas(), "must be greater than 0");
        }
        if (s.maxReplicas() < min) {
            errs.invalid(SPEC.child("maxReplicas"), s.maxReplicas(), "must be greater than or equal to `minReplicas`");
        }
        errs.addAll(reference(s.scaleTargetRef(), SPEC.child("scaleTargetRef")));
        List<MetricSpec> metrics = s.metricsOrEmpty();
        for (int i = 0; i < metrics.size(); i++) {
            errs.addAll(metric(metrics.get(i), SPEC.child("metrics").index(i)));
        }
        if (s.behavior() != null) {
            errs.addAll(scalingRules(s.behavior().scaleUp(), SPEC.child("behavior", "scaleUp")));
            errs.addAll(scalingRules(s.behavior().scaleDown(), SPEC.child("behavior", "scaleDown")));
        }
        return errs.toList();
    }

    private static List<FieldError> reference(CrossVersionObjectReference ref, FieldPath path) {
        Errors errs = new Errors();
        if (ref == null) {
            return errs.required(path).toList();
        }
        if (ref.kind() == null || ref.kind().isEmpty()) {
            errs.required(path.child("kind"));
        } else if (ref.kind().contains("/") || ref.kind().contains("%")) {
            errs.invalid(path.child("kind"), ref.kind(), "may not contain '/' or '%'");
        }
        if (ref.name() == null || ref.name().isEmpty()) {
            errs.required(path.child("name"));
        } else if (ref.name().contains("/") || ref.name().contains("%") || ref.name().equals(".") || ref.name().equals("..")) {
            errs.invalid(path.child("name"), ref.name(), "may not contain '/' or '%', and may not be '.' or '..'");
        }
        return errs.toList();
    }

    private static List<FieldError> metric(MetricSpec m, FieldPath path) {
        Errors errs = new Errors();
        String type = m.type() == null ? "" : m.type();
        if (!METRIC_TYPES.contains(type)) {
            return errs.notSupported(path.child("type"), type, METRIC_TYPES).toList();
        }
        List<String> set = new ArrayList<>();
        if (m.object() != null) {
            set.add("Object");
            errs.addAll(reference(m.object().describedObject(), path.child("object", "describedObject")));
            errs.addAll(identifier(m.object().metric(), path.child("object", "metric")));
            errs.addAll(target(m.object().target(), path.child("object", "target"), List.of("Value", "AverageValue")));
        }
        if (m.pods() != null) {
            set.add("Pods");
            errs.addAll(identifier(m.pods().metric(), path.child("pods", "metric")));
            errs.addAll(target(m.pods().target(), path.child("pods", "target"), List.of("AverageValue")));
        }
        if (m.resource() != null) {
            set.add("Resource");
            errs.addAll(resourceName(m.resource().name(), path.child("resource", "name")));
            errs.addAll(target(m.resource().target(), path.child("resource", "target"), List.of("Utilization", "AverageValue")));
        }
        if (m.containerResource() != null) {
            set.add("ContainerResource");
            errs.addAll(resourceName(m.containerResource().name(), path.child("containerResource", "name")));
            String c = m.containerResource().container();
            if (c == null || c.isEmpty()) {
                errs.required(path.child("containerResource", "container"));
            } else {
                errs.invalidEach(path.child("containerResource", "container"), c, NameFormats.dns1123Label(c));
            }
            errs.addAll(target(m.containerResource().target(), path.child("containerResource", "target"), List.of("Utilization", "AverageValue")));
        }
        if (m.external() != null) {
            set.add("External");
            errs.addAll(identifier(m.external().metric(), path.child("external", "metric")));
            errs.addAll(target(m.external().target(), path.child("external", "target"), List.of("Value", "AverageValue")));
        }
        if (!set.contains(type)) {
            errs.required(path.child(sourceField(type)), "must populate information for the given metric source");
        }
        if (set.size() > 1 || (set.size() == 1 && !set.contains(type))) {
            errs.forbidden(path.child("type"), "must populate the given metric source only");
        }
        return errs.toList();
    }

    private static String sourceField(String type) {
        return switch (type) {
            case "ContainerResource" -> "containerResource";
            default -> type.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static List<FieldError> resourceName(String name, FieldPath path) {
        Errors errs = new Errors();
        if (name == null || name.isEmpty()) {
            errs.required(path, "must specify a resource name");
        }
        return errs.toList();
    }

    private static List<FieldError> identifier(MetricIdentifier id, FieldPath path) {
        Errors errs = new Errors();
        if (id == null || id.name() == null || id.name().isEmpty()) {
            return errs.required(path.child("name"), "must specify a metric name").toList();
        }
        errs.invalidEach(path.child("name"), id.name(), NameFormats.dns1123Subdomain(id.name()));
        errs.addAll(SchedulingValidation.labelSelector(id.selector(), path.child("selector")));
        return errs.toList();
    }

    private static List<FieldError> target(MetricTarget t, FieldPath path, List<String> allowed) {
        Errors errs = new Errors();
        if (t == null) {
            return errs.required(path).toList();
        }
        String type = t.type() == null ? "" : t.type();
        if (!TARGET_TYPES.contains(type)) {
            return errs.notSupported(path.child("type"), type, TARGET_TYPES).toList();
        }
        if (!allowed.contains(type)) {
            errs.invalid(path.child("type"), type, "must be " + String.join(" or ", allowed) + " for this metric source type");
        }
        switch (type) {
            case "Utilization" -> {
                if (t.averageUtilization() == null) {
                    errs.required(path.child("averageUtilization"), "must set either a target raw value or a target utilization");
                } else {
                    errs.positive(path.child("averageUtilization"), t.averageUtilization());
                }
            }
            case "Value" -> {
                if (t.value() == null) {
                    errs.required(path.child("value"), "must set either a target value for metric or a per-pod target");
                } else if (t.value().signum() <= 0) {
                    errs.invalid(path.child("value"), t.value().toString(), "must be positive");
                }
            }
            default -> {
                if (t.averageValue() == null) {
                    errs.required(path.child("averageValue"), "must set either a target value for metric or a per-pod target");
                } else if (t.averageValue().signum() <= 0) {
                    errs.invalid(path.child("averageValue"), t.averageValue().toString(), "must be positive");
                }
            }
        }
        return errs.toList();
    }

    private static List<FieldError> scalingRules(HPAScalingRules r, FieldPath path) {
        Errors errs = new Errors();
        if (r == null) {
            return errs.toList();
        }
        Integer window = r.stabilizationWindowSeconds();
        if (window != null && (window < 0 || window > 3600)) {
            errs.invalid(path.child("stabilizationWindowSeconds"), window, window < 0 ? "must be greater than or equal to zero"
                    : "must be less than or equal to 3600");
        }
        if (r.selectPolicy() != null && !List.of("Max", "Min", "Disabled").contains(r.selectPolicy())) {
            errs.notSupported(path.child("selectPolicy"), r.selectPolicy(), List.of("Disabled", "Max", "Min"));
        }
        if (r.policies() == null || r.policies().isEmpty()) {
            errs.required(path.child("policies"), "must specify at least one Policy");
            return errs.toList();
        }
        for (int i = 0; i < r.policies().size(); i++) {
            HPAScalingPolicy p = r.policies().get(i);
            FieldPath idx = path.child("policies").index(i);
            if (!"Pods".equals(p.type()) && !"Percent".equals(p.type())) {
                errs.notSupported(idx.child("type"), p.type() == null ? "" : p.type(), List.of("Percent", "Pods"));
            }
            if (p.value() <= 0) {
                errs.invalid(idx.child("value"), p.value(), "must be greater than zero");
            }
            if (p.periodSeconds() <= 0) {
                errs.invalid(idx.child("periodSeconds"), p.periodSeconds(), "must be greater than zero");
            } else if (p.periodSeconds() > 1800) {
                errs.invalid(idx.child("periodSeconds"), p.periodSeconds(), "must be less than or equal to 1800");
            }
        }
        return errs.toList();
    }
}
