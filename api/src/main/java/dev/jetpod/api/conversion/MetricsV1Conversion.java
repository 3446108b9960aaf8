package dev.jetpod.api.conversion;

import dev.jetpod.api.autoscaling.v1.ContainerResourceMetricSource;
import dev.jetpod.api.autoscaling.v1.ContainerResourceMetricStatus;
import dev.jetpod.api.autoscaling.v1.ExternalMetricSource;
import dev.jetpod.api.autoscaling.v1.ExternalMetricStatus;
import dev.jetpod.api.autoscaling.v1.MetricSpec;
import dev.jetpod.api.autoscaling.v1.MetricStatus;
import dev.jetpod.api.autoscaling.v1.ObjectMetricSource;
import dev.jetpod.api.autoscaling.v1.ObjectMetricStatus;
import dev.jetpod.api.autoscaling.v1.PodsMetricSource;
import dev.jetpod.api.autoscaling.v1.PodsMetricStatus;
import dev.jetpod.api.autoscaling.v1.ResourceMetricSource;
import dev.jetpod.api.autoscaling.v1.ResourceMetricStatus;
import dev.jetpod.api.autoscaling.v2.MetricIdentifier;
import dev.jetpod.api.autoscaling.v2.MetricTarget;
import dev.jetpod.api.autoscaling.v2.MetricValueStatus;
import dev.jetpod.api.resource.Quantity;

/**
 * Metrics between autoscaling/v2 and the older shape autoscaling/v1 keeps in its round-trip annotations
 * ({@code metricName}, {@code targetAverageValue}, …), field for field as Kubernetes' autoscaling/v1 conversion
 * functions map them. Target types are implied in v1: utilization if given, else an average value; an object or
 * external metric with a plain value has type Value.
 */
final class MetricsV1Conversion {
    private static final String UTILIZATION = "Utilization";
    private static final String AVERAGE_VALUE = "AverageValue";
    private static final String VALUE = "Value";

    private MetricsV1Conversion() {
    }

    static MetricSpec toV1(dev.jetpod.api.autoscaling.v2.MetricSpec m) {
        return new MetricSpec(m.type(),
                m.object() == null ? null : new ObjectMetricSource(ReferenceConversion.toV1(m.object().describedObject()),
                        name(m.object().metric()), orZero(target(m.object().target()).value()), selector(m.object().metric()),
                        target(m.object().target()).averageValue()),
                m.pods() == null ? null : new PodsMetricSource(name(m.pods().metric()), orZero(target(m.pods().target()).averageValue()),
                        selector(m.pods().metric())),
                m.resource() == null ? null : new ResourceMetricSource(m.resource().name(),
                        target(m.resource().target()).averageUtilization(), target(m.resource().target()).averageValue()),
                m.containerResource() == null ? null : new ContainerResourceMetricSource(m.containerResource().name(),
                        target(m.containerResource().target()).averageUtilization(), target(m.containerResource().target()).averageValue(),
                        m.containerResource().container()),
                m.external() == null ? null : new ExternalMetricSource(name(m.external().metric()), selector(m.external().metric()),
                        target(m.external().target()).value(), target(m.external().target()).averageValue()));
    }

    static dev.jetpod.api.autoscaling.v2.MetricSpec toV2(MetricSpec m) {
        ObjectMetricSource o = m.object();
        PodsMetricSource p = m.pods();
        ResourceMetricSource r = m.resource();
        ContainerResourceMetricSource c = m.containerResource();
        ExternalMetricSource e = m.external();
        return new dev.jetpod.api.autoscaling.v2.MetricSpec(m.type(),
                o == null ? null : new dev.jetpod.api.autoscaling.v2.ObjectMetricSource(ReferenceConversion.toV2(o.target()),
                        new MetricTarget(o.averageValue() == null ? VALUE : AVERAGE_VALUE, orZero(o.targetValue()), o.averageValue(), null),
                        new MetricIdentifier(o.metricName(), o.selector())),
                p == null ? null : new dev.jetpod.api.autoscaling.v2.PodsMetricSource(new MetricIdentifier(p.metricName(), p.selector()),
                        new MetricTarget(AVERAGE_VALUE, null, orZero(p.targetAverageValue()), null)),
                r == null ? null : new dev.jetpod.api.autoscaling.v2.ResourceMetricSource(r.name(),
                        resourceTarget(r.targetAverageUtilization(), r.targetAverageValue())),
                c == null ? null : new dev.jetpod.api.autoscaling.v2.ContainerResourceMetricSource(c.name(),
                        resourceTarget(c.targetAverageUtilization(), c.targetAverageValue()), c.container()),
                e == null ? null : new dev.jetpod.api.autoscaling.v2.ExternalMetricSource(new MetricIdentifier(e.metricName(), e.metricSelector()),
                        new MetricTarget(e.targetValue() == null ? AVERAGE_VALUE : VALUE, e.targetValue(), e.targetAverageValue(), null)));
    }

    static MetricStatus toV1(dev.jetpod.api.autoscaling.v2.MetricStatus m) {
        return new MetricStatus(m.type(),
                m.object() == null ? null : new ObjectMetricStatus(ReferenceConversion.toV1(m.object().describedObject()),
                        name(m.object().metric()), orZero(current(m.object().current()).value()), selector(m.object().metric()),
                        current(m.object().current()).averageValue()),
                m.pods() == null ? null : new PodsMetricStatus(name(m.pods().metric()), orZero(current(m.pods().current()).averageValue()),
                        selector(m.pods().metric())),
                m.resource() == null ? null : new ResourceMetricStatus(m.resource().name(),
                        current(m.resource().current()).averageUtilization(), orZero(current(m.resource().current()).averageValue())),
                m.containerResource() == null ? null : new ContainerResourceMetricStatus(m.containerResource().name(),
                        current(m.containerResource().current()).averageUtilization(),
                        orZero(current(m.containerResource().current()).averageValue()), m.containerResource().container()),
                m.external() == null ? null : new ExternalMetricStatus(name(m.external().metric()), selector(m.external().metric()),
                        orZero(current(m.external().current()).value()), current(m.external().current()).averageValue()));
    }

    static dev.jetpod.api.autoscaling.v2.MetricStatus toV2(MetricStatus m) {
        ObjectMetricStatus o = m.object();
        PodsMetricStatus p = m.pods();
        ResourceMetricStatus r = m.resource();
        ContainerResourceMetricStatus c = m.containerResource();
        ExternalMetricStatus e = m.external();
        return new dev.jetpod.api.autoscaling.v2.MetricStatus(m.type(),
                o == null ? null : new dev.jetpod.api.autoscaling.v2.ObjectMetricStatus(new MetricIdentifier(o.metricName(), o.selector()),
                        new MetricValueStatus(orZero(o.currentValue()), o.averageValue(), null), ReferenceConversion.toV2(o.target())),
                p == null ? null : new dev.jetpod.api.autoscaling.v2.PodsMetricStatus(new MetricIdentifier(p.metricName(), p.selector()),
                        new MetricValueStatus(null, orZero(p.currentAverageValue()), null)),
                r == null ? null : new dev.jetpod.api.autoscaling.v2.ResourceMetricStatus(r.name(),
                        new MetricValueStatus(null, orZero(r.currentAverageValue()), r.currentAverageUtilization())),
                c == null ? null : new dev.jetpod.api.autoscaling.v2.ContainerResourceMetricStatus(c.name(),
                        new MetricValueStatus(null, orZero(c.currentAverageValue()), c.currentAverageUtilization()), c.container()),
                e == null ? null : new dev.jetpod.api.autoscaling.v2.ExternalMetricStatus(new MetricIdentifier(e.metricName(), e.metricSelector()),
                        new MetricValueStatus(orZero(e.currentValue()), e.currentAverageValue(), null)));
    }

    private static MetricTarget resourceTarget(Integer utilization, Quantity averageValue) {
        return new MetricTarget(utilization == null ? AVERAGE_VALUE : UTILIZATION, null, averageValue, utilization);
    }

    private static MetricTarget target(MetricTarget t) {
        return t == null ? new MetricTarget(null, null, null, null) : t;
    }

    private static MetricValueStatus current(MetricValueStatus s) {
        return s == null ? new MetricValueStatus(null, null, null) : s;
    }

    private static String name(MetricIdentifier id) {
        return id == null ? null : id.name();
    }

    private static dev.jetpod.api.meta.LabelSelector selector(MetricIdentifier id) {
        return id == null ? null : id.selector();
    }

    /** Go's non-pointer quantities marshal as "0" when unset. */
    private static Quantity orZero(Quantity q) {
        return q == null ? Quantity.ZERO : q;
    }
}
