package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jetpod.api.scheme.GroupVersionKind;
import dev.jetpod.api.scheme.Resources;
import java.time.ZoneId;
import java.util.Map;

/** Picks the describer for a kind and renders one object's full description, Events included. */
public final class Describers {
    private static final Map<GroupVersionKind, Describer> BY_KIND = Map.of(
            Resources.PODS.gvk(), new PodDescriber(),
            Resources.DEPLOYMENTS.gvk(), new DeploymentDescriber(),
            Resources.REPLICASETS.gvk(), new ReplicaSetDescriber(),
            Resources.SERVICES.gvk(), new ServiceDescriber(),
            Resources.NODES.gvk(), new NodeDescriber(),
            Resources.NAMESPACES.gvk(), SimpleDescribers.NAMESPACE,
            Resources.CONFIGMAPS.gvk(), SimpleDescribers.CONFIG_MAP,
            Resources.SECRETS.gvk(), SimpleDescribers.SECRET,
            Resources.HORIZONTAL_POD_AUTOSCALERS.gvk(), SimpleDescribers.HPA);
    private static final Describer GENERIC = new GenericDescriber();

    private Describers() {
    }

    /** The text describe prints for {@code object} (which carries apiVersion and kind). */
    public static String describe(GroupVersionKind gvk, ObjectNode object, DescribeContext ctx, boolean showEvents) {
        DescribeWriter w = new DescribeWriter(ZoneId.systemDefault());
        BY_KIND.getOrDefault(gvk, GENERIC).describe(object, ctx, w);
        if (showEvents && !gvk.equals(Resources.EVENTS.gvk())) {
            EventsSection.write(object, ctx, w);
        }
        return w.render();
    }

    /** A pod template as describe shows it, for {@code rollout history --revision}. */
    public static String podTemplate(dev.jetpod.api.core.v1.PodTemplateSpec template) {
        DescribeWriter w = new DescribeWriter(ZoneId.systemDefault());
        Sections.podTemplate(0, template, w);
        return w.render();
    }
}
