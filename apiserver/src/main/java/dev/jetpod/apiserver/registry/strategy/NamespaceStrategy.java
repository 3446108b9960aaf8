package dev.jetpod.apiserver.registry.strategy;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.NamespaceSpec;
import dev.jetpod.api.core.v1.NamespaceStatus;
import dev.jetpod.apiserver.registry.ResourceStrategy;
import java.util.List;

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
