package dev.jetpod.jctl.print.columns;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.jctl.print.KindColumns;
import java.util.Map;

/** Which column set prints which kind; kinds without one get NAME and AGE. */
public final class ColumnSets {
    private static final Map<GroupVersionKind, KindColumns<?>> BY_KIND = Map.ofEntries(
            Map.entry(Resources.PODS.gvk(), new PodColumns()),
            Map.entry(Resources.NODES.gvk(), new NodeColumns()),
            Map.entry(Resources.DEPLOYMENTS.gvk(), new DeploymentColumns()),
            Map.entry(Resources.REPLICASETS.gvk(), new ReplicaSetColumns()),
            Map.entry(Resources.SERVICES.gvk(), new ServiceColumns()),
            Map.entry(Resources.NAMESPACES.gvk(), new NamespaceColumns()),
            Map.entry(Resources.EVENTS.gvk(), new EventColumns()),
            Map.entry(Resources.CONFIGMAPS.gvk(), new ConfigMapColumns()),
            Map.entry(Resources.SECRETS.gvk(), new SecretColumns()),
            Map.entry(Resources.HORIZONTAL_POD_AUTOSCALERS.gvk(), new HpaColumns()),
            Map.entry(Resources.LEASES.gvk(), new LeaseColumns()),
            Map.entry(Resources.ENDPOINTS.gvk(), new EndpointsColumns()));

    private static final KindColumns<?> GENERIC = new GenericColumns();

    private ColumnSets() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends KubeObject<T>> KindColumns<T> forKind(GroupVersionKind gvk) {
        return (KindColumns<T>) BY_KIND.getOrDefault(gvk, GENERIC);
    }
}
