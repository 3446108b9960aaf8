package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.NamespaceSpec;
import dev.jetpod.api.core.v1.NamespaceStatus;
import dev.jetpod.apiserver.registry.ResourceStrategy;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import java.util.List;
import java.util.Set;

/**
 * Namespaces as Kubernetes keeps them: created Active with the "kubernetes" finalizer in spec.finalizers, which the
 * namespace lifecycle removes once the namespace is empty; deleting one turns it Terminating.
 */
public final class NamespaceStrategy implements ResourceStrategy<Namespace> {
    public static final String KUBERNETES_FINALIZER = "kubernetes";

    @Override
    public Namespace prepareForCreate(Namespace ns) {
        return ns.withSpec(new NamespaceSpec(List.of(KUBERNETES_FINALIZER))).withStatus(new NamespaceStatus(NamespaceStatus.ACTIVE));
    }

    /** spec.finalizers change only through the finalize subresource. */
    @Override
    public Namespace prepareForUpdate(Namespace ns, Namespace old) {
        return ns.withSpec(old.spec());
    }

    /** Namespaces a cluster cannot work without; kube-apiserver's NamespaceLifecycle refuses to delete them. */
    public static final Set<String> IMMORTAL = Set.of("default", "kube-system", "kube-public");

    @Override
    public void checkDeletable(Namespace ns) {
        String name = ns.metadata().name();
        if (IMMORTAL.contains(name)) {
            throw new ApiException(403, StatusReason.FORBIDDEN, "namespaces \"" + name + "\" is forbidden: this namespace may not be deleted",
                    StatusDetails.of(name, "", "namespaces"));
        }
    }

    @Override
    public boolean heldByTypeFinalizers(Namespace ns) {
        return ns.spec() != null && ns.spec().finalizers() != null && !ns.spec().finalizers().isEmpty();
    }

    @Override
    public Namespace markDeleting(Namespace ns) {
        return ns.withStatus(new NamespaceStatus(NamespaceStatus.TERMINATING));
    }

    @Override
    public boolean returnsDeletedObject() {
        return true;
    }

    public static boolean isTerminating(Namespace ns) {
        return ns.metadata().deletionTimestamp() != null
                || (ns.status() != null && NamespaceStatus.TERMINATING.equals(ns.status().phase()));
    }
}
