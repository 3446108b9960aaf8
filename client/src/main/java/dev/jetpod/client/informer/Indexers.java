package dev.jetpod.client.informer;

import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.meta.KubeObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The standard index functions. Every cache has {@link #NAMESPACE}; informers add others by name. */
public final class Indexers {
    private Indexers() {
    }

    /** Objects by namespace ("" for cluster-scoped ones). */
    public static final String NAMESPACE = "namespace";
    /** Objects by each of their labels as {@code key=value}. */
    public static final String LABEL = "label";

    /** Pods by {@code spec.nodeName} (unscheduled pods under ""): what a kubelet and the scheduler look pods up by. */
    public static final String NODE_NAME = "spec.nodeName";

    public static IndexFunction<Pod> podNodeName() {
        return p -> List.of(p.spec() == null || p.spec().nodeName() == null ? "" : p.spec().nodeName());
    }

    public static <T extends KubeObject<T>> IndexFunction<T> namespace() {
        return o -> List.of(o.metadata() == null || o.metadata().namespace() == null ? "" : o.metadata().namespace());
    }

    public static <T extends KubeObject<T>> IndexFunction<T> labels() {
        return o -> {
            if (o.metadata() == null || o.metadata().labels() == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(o.metadata().labels().size());
            for (Map.Entry<String, String> e : o.metadata().labels().entrySet()) {
                out.add(labelValue(e.getKey(), e.getValue()));
            }
            return out;
        };
    }

    /** The index value under which {@link #labels()} files an object with this label. */
    public static String labelValue(String key, String value) {
        return key + "=" + value;
    }
}
