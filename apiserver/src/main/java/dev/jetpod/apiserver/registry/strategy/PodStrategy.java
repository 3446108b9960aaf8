package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.core.v1.Pod;
import dev.jetpod.api.core.v1.PodSpec;
import dev.jetpod.api.core.v1.PodStatus;
import dev.jetpod.apiserver.registry.ResourceStrategy;

/**
 * Pods as Kubernetes keeps them: new pods start Pending; deletion is graceful. A pod bound to a node is only marked
 * (deletionTimestamp + deletionGracePeriodSeconds) so its kubelet can stop it and then delete it with grace 0; a pod
 * not bound to any node, or already finished, is removed at once.
 */
public final class PodStrategy implements ResourceStrategy<Pod> {
    /** Kubernetes' default terminationGracePeriodSeconds. */
    public static final long DEFAULT_GRACE_SECONDS = 30;

    @Override
    public Pod prepareForCreate(Pod pod) {
        return pod.withStatus(pending());
    }

    @Override
    public long gracePeriodSeconds(Pod pod, Long requested) {
        PodSpec spec = pod.spec();
        if (spec == null || spec.nodeName() == null || spec.nodeName().isEmpty()) {
            return 0;
        }
        PodStatus status = pod.status();
        if (status != null && ("Succeeded".equals(status.phase()) || "Failed".equals(status.phase()))) {
            return 0;
        }
        if (requested != null) {
            return Math.max(0, requested);
        }
        Long own = spec.terminationGracePeriodSeconds();
        return own == null ? DEFAULT_GRACE_SECONDS : Math.max(0, own);
    }

    @Override
    public boolean returnsDeletedObject() {
        return true;
    }

    private static PodStatus pending() {
        return new PodStatus(null, "Pending", null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
