package dev.jetpod.api.print;

import dev.jetpod.api.apps.v1.Deployment;
import dev.jetpod.api.apps.v1.ReplicaSet;
import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.autoscaling.v2.HorizontalPodAutoscaler;
import dev.jetpod.api.coordination.v1.Lease;
import dev.jetpod.api.core.v1.ConfigMap;
import dev.jetpod.api.core.v1.Endpoints;
import dev.jetpod.api.core.v1.Event;
import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.Node;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.Secret;
import dev.jetpod.api.core.v1.Service;
import dev.jetpod.api.conversion.Conversions;
import dev.jetpod.api.conversion.Converter;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.print.printers.ConfigMapPrinter;
import dev.jetpod.api.print.printers.DefaultPrinter;
import dev.jetpod.api.print.printers.DeploymentPrinter;
import dev.jetpod.api.print.printers.EndpointsPrinter;
import dev.jetpod.api.print.printers.EventPrinter;
import dev.jetpod.api.print.printers.HorizontalPodAutoscalerPrinter;
import dev.jetpod.api.print.printers.LeasePrinter;
import dev.jetpod.api.print.printers.NamespacePrinter;
import dev.jetpod.api.print.printers.NodePrinter;
import dev.jetpod.api.print.printers.PodPrinter;
import dev.jetpod.api.print.printers.ReplicaSetPrinter;
import dev.jetpod.api.print.printers.ScalePrinter;
import dev.jetpod.api.print.printers.SecretPrinter;
import dev.jetpod.api.print.printers.ServicePrinter;
import java.util.HashMap;
import java.util.Map;

/**
 * The row printer of each Java type, looked up by the type a resource is served as; a type without one of its
 * own gets kube-apiserver's default table (NAME, CREATED AT).
 */
public final class TablePrinters {
    private static final RowPrinter<KubeObject<?>> DEFAULT = new DefaultPrinter();
    private final Map<Class<?>, RowPrinter<?>> byType = new HashMap<>();

    /** The printers of the built-in kinds, with kubectl's familiar columns. */
    public static TablePrinters builtin() {
        return new TablePrinters()
                .register(Pod.class, new PodPrinter())
                .register(Node.class, new NodePrinter())
                .register(Namespace.class, new NamespacePrinter())
                .register(Deployment.class, new DeploymentPrinter())
                .register(ReplicaSet.class, new ReplicaSetPrinter())
                .register(Service.class, new ServicePrinter())
                .register(Endpoints.class, new EndpointsPrinter())
                .register(Event.class, new EventPrinter())
                .register(ConfigMap.class, new ConfigMapPrinter())
                .register(Secret.class, new SecretPrinter())
                .register(HorizontalPodAutoscaler.class, new HorizontalPodAutoscalerPrinter())
                .register(Lease.class, new LeasePrinter())
                .register(Scale.class, new ScalePrinter())
                .withConversions(Conversions.builtin());
    }

    /** Served versions stored as another print as that version does (autoscaling/v1 HPAs as v2 ones). */
    public TablePrinters withConversions(Conversions conversions) {
        for (Converter<?, ?> c : conversions.all()) {
            registerConverted(c);
        }
        return this;
    }

    private <E extends KubeObject<E>, S extends KubeObject<S>> void registerConverted(Converter<E, S> c) {
        @SuppressWarnings("unchecked")
        RowPrinter<? super S> stored = (RowPrinter<? super S>) byType.get(c.stored().javaType());
        if (stored != null) {
            byType.put(c.served().javaType(), new ConvertedPrinter<>(c, stored));
        }
    }

    public <T> TablePrinters register(Class<T> type, RowPrinter<? super T> printer) {
        byType.put(type, printer);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> RowPrinter<? super T> forType(Class<T> type) {
        RowPrinter<?> p = byType.get(type);
        return p != null ? (RowPrinter<? super T>) p : (RowPrinter<? super T>) (RowPrinter<?>) DEFAULT;
    }
}
