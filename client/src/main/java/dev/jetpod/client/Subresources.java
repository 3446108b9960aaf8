package dev.jetpod.client;

import dev.jetpod.api.autoscaling.v1.Scale;
import dev.jetpod.api.core.v1.Binding;
import dev.jetpod.api.core.v1.ObjectReference;
import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.meta.ObjectMeta;
import io.vertx.core.Future;

/**
 * Typed calls on the subresources every component uses: {@code scale} (ReplicaSets, Deployments) and
 * {@code pods/binding} (the scheduler's only write to a pod).
 */
public final class Subresources {
    private Subresources() {
    }

    public static <T extends KubeObject<T>> Future<Scale> getScale(ResourceClient<T> resource, String namespace, String name) {
        return resource.getSubresource(namespace, name, "scale", Scale.class);
    }

    /** PUT of a Scale; its metadata.resourceVersion, if set, must match the owner's. */
    public static <T extends KubeObject<T>> Future<Scale> updateScale(ResourceClient<T> resource, String namespace, String name, Scale scale) {
        Scale body = scale.apiVersion() == null ? scale.withTypeMeta(Scale.API_VERSION, Scale.KIND) : scale;
        return resource.replaceSubresource(namespace, name, "scale", body, Scale.class);
    }

    /** Sets replicas through a merge patch of the scale subresource, as {@code kubectl scale} does. */
    public static <T extends KubeObject<T>> Future<Scale> scaleTo(ResourceClient<T> resource, String namespace, String name, int replicas) {
        return resource.patchSubresource(namespace, name, "scale", PatchType.MERGE, "{\"spec\":{\"replicas\":" + replicas + "}}",
                WriteOptions.NONE, Scale.class);
    }

    /**
     * Binds a pod to a node (POST pods/NAME/binding). The answer is a Status; 409 if the pod is already bound or
     * being deleted.
     */
    public static Future<Void> bind(ResourceClient<Pod> pods, String namespace, String podName, String nodeName) {
        Binding b = Binding.of(ObjectMeta.named(namespace, podName), new ObjectReference("Node", null, nodeName, null, "v1", null, null));
        return pods.createSubresource(namespace, podName, "binding", b, com.fasterxml.jackson.databind.JsonNode.class).mapEmpty();
    }
}
