package dev.jetpod.api.conversion;

import dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscaler;
import dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscalerSpec;
import dev.jetpod.api.autoscaling.v1.HorizontalPodAutoscalerStatus;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerCondition;
import dev.jetpod.api.autoscaling.v2.MetricSpec;
import dev.jetpod.api.autoscaling.v2.MetricStatus;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.api.autoscaling.v2.MetricValueStatus;
import dev.jetpod.api.autoscaling.v2.ResourceMetricSource;
import dev.jetpod.api.autoscaling.v2.ResourceMetricStatus;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * autoscaling/v1 ↔ autoscaling/v2 HorizontalPodAutoscalers, as Kubernetes converts them. v1 has one target, CPU
 * utilization ({@code targetCPUUtilizationPercentage} ↔ a Resource cpu metric with a Utilization target) and one
 * current value ({@code currentCPUUtilizationPercentage}). Everything else v2 holds travels in annotations on the v1
 * object: the other metrics ({@code autoscaling.alpha.kubernetes.io/metrics}, in v1's older metric shape), the
 * current metrics ({@code …/current-metrics}), the conditions ({@code …/conditions}) and the behavior
 * ({@code …/behavior}); coming back they are read and removed. A v1 HPA without any metric gets the 80% CPU target
 * the v1 controller used to apply implicitly.
 */
public final class HorizontalPodAutoscalerV1Conversion implements Converter<HorizontalPodAutoscaler, dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler> {
    static final int DEFAULT_CPU_UTILIZATION = 80;
    private static final String RESOURCE = "Resource";
    private static final String CPU = "cpu";

    // made on first use: a CLI that only needs names (jctl) never builds the mappers
    private volatile RoundTripAnnotations.Json json;

    @Override
    public ResourceType<HorizontalPodAutoscaler> served() {
        return Resources.HORIZONTAL_POD_AUTOSCALERS_V1;
    }

    @Override
    public ResourceType<dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler> stored() {
        return Resources.HORIZONTAL_POD_AUTOSCALERS;
    }

    @Override
    public dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler toStored(HorizontalPodAutoscaler in) {
        ObjectMeta meta = in.metadata() == null ? ObjectMeta.empty() : in.metadata();
        RoundTripAnnotations annotations = RoundTripAnnotations.of(json(), meta.annotations());
        HorizontalPodAutoscalerSpec spec = in.spec();
        List<MetricSpec> metrics = new ArrayList<>();
        List<dev.jetpod.api.autoscaling.v1.MetricSpec> others = annotations.takeList(RoundTripAnnotations.METRICS,
                dev.jetpod.api.autoscaling.v1.MetricSpec.class);
        if (others != null) {
            others.forEach(m -> metrics.add(MetricsV1Conversion.toV2(m)));
        }
        if (spec != null && spec.targetCPUUtilizationPercentage() != null) {
            metrics.add(cpuUtilization(spec.targetCPUUtilizationPercentage()));
        }
        if (metrics.isEmpty()) {
            metrics.add(cpuUtilization(DEFAULT_CPU_UTILIZATION));
        }
        HorizontalPodAutoscalerBehavior behavior = annotations.take(RoundTripAnnotations.BEHAVIOR, HorizontalPodAutoscalerBehavior.class);
        List<dev.jetpod.api.autoscaling.v1.MetricStatus> current = annotations.takeList(RoundTripAnnotations.CURRENT_METRICS,
                dev.jetpod.api.autoscaling.v1.MetricStatus.class);
        List<HorizontalPodAutoscalerCondition> conditions = annotations.takeList(RoundTripAnnotations.CONDITIONS, HorizontalPodAutoscalerCondition.class);
        dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec spec2 = spec == null ? null
                : new dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec(ReferenceConversion.toV2(spec.scaleTargetRef()),
                        spec.minReplicas(), spec.maxReplicas(), metrics, behavior);
        return new dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler(stored().apiVersion(), stored().kind(),
                meta.withAnnotations(annotations.remaining()), spec2, statusToV2(in.status(), current, conditions));
    }

    @Override
    public HorizontalPodAutoscaler fromStored(dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler in) {
        RoundTripAnnotations annotations = RoundTripAnnotations.without(json(), in.metadata() == null ? null : in.metadata().annotations());
        dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerSpec spec = in.spec();
        HorizontalPodAutoscalerSpec spec1 = null;
        if (spec != null) {
            List<dev.jetpod.api.autoscaling.v1.MetricSpec> others = new ArrayList<>();
            for (MetricSpec m : spec.metricsOrEmpty()) {
                if (!isCpuUtilization(m)) {
                    others.add(MetricsV1Conversion.toV1(m));
                }
            }
            annotations.put(RoundTripAnnotations.METRICS, others);
            annotations.put(RoundTripAnnotations.BEHAVIOR, spec.behavior());
            spec1 = new HorizontalPodAutoscalerSpec(ReferenceConversion.toV1(spec.scaleTargetRef()), spec.minReplicas(), spec.maxReplicas(),
                    targetCpuUtilization(spec.metricsOrEmpty()));
        }
        dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerStatus st = in.status();
        if (st != null) {
            annotations.put(RoundTripAnnotations.CURRENT_METRICS, st.currentMetricsOrEmpty().stream().map(MetricsV1Conversion::toV1).toList());
            annotations.put(RoundTripAnnotations.CONDITIONS, st.conditionsOrEmpty());
        }
        // Go's v1 status is a struct, not a pointer: it is always there, with zero replica counts at first
        HorizontalPodAutoscalerStatus status1 = st == null ? new HorizontalPodAutoscalerStatus(null, null, 0, 0, null)
                : new HorizontalPodAutoscalerStatus(st.observedGeneration(), st.lastScaleTime(),
                        st.currentReplicas() == null ? 0 : st.currentReplicas(), st.desiredReplicas(), currentCpuUtilization(st.currentMetricsOrEmpty()));
        ObjectMeta meta = in.metadata() == null ? null : in.metadata().withAnnotations(annotations.remaining());
        return new HorizontalPodAutoscaler(served().apiVersion(), served().kind(), meta, spec1, status1);
    }

    private RoundTripAnnotations.Json json() {
        RoundTripAnnotations.Json j = json;
        if (j == null) {
            j = RoundTripAnnotations.Json.create();
            json = j;
        }
        return j;
    }

    private static dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerStatus statusToV2(HorizontalPodAutoscalerStatus st,
            List<dev.jetpod.api.autoscaling.v1.MetricStatus> current, List<HorizontalPodAutoscalerCondition> conditions) {
        if (st == null && current == null && conditions == null) {
            return null;
        }
        List<MetricStatus> metrics = null;
        if (current != null) { // the annotation has more than the one CPU value: it wins
            metrics = current.stream().map(MetricsV1Conversion::toV2).toList();
        } else if (st != null && st.currentCPUUtilizationPercentage() != null) {
            metrics = List.of(new MetricStatus(RESOURCE, null, null,
                    new ResourceMetricStatus(CPU, new MetricValueStatus(null, null, st.currentCPUUtilizationPercentage())), null, null));
        }
        return new dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscalerStatus(st == null ? null : st.observedGeneration(),
                st == null ? null : st.lastScaleTime(), st == null ? null : st.currentReplicas(), st == null ? 0 : st.desiredReplicas(),
                metrics, conditions);
    }

    private static MetricSpec cpuUtilization(int percent) {
        return new MetricSpec(RESOURCE, null, null, new ResourceMetricSource(CPU, new MetricTarget("Utilization", null, null, percent)), null, null);
    }

    private static boolean isCpuUtilization(MetricSpec m) {
        return RESOURCE.equals(m.type()) && m.resource() != null && CPU.equals(m.resource().name())
                && m.resource().target() != null && m.resource().target().averageUtilization() != null;
    }

    /** The first CPU resource metric decides, as in Kubernetes (an average-value CPU target leaves v1 without one). */
    private static Integer targetCpuUtilization(List<MetricSpec> metrics) {
        for (MetricSpec m : metrics) {
            if (RESOURCE.equals(m.type()) && m.resource() != null && CPU.equals(m.resource().name())) {
                return m.resource().target() == null ? null : m.resource().target().averageUtilization();
            }
        }
        return null;
    }

    private static Integer currentCpuUtilization(List<MetricStatus> metrics) {
        Integer out = null;
        for (MetricStatus m : metrics) {
            if (RESOURCE.equals(m.type()) && m.resource() != null && CPU.equals(m.resource().name())
                    && m.resource().current() != null && m.resource().current().averageUtilization() != null) {
                out = m.resource().current().averageUtilization();
            }
        }
        return out;
    }
}
