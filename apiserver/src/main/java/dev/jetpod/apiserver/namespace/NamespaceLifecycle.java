package dev.jetpod.apiserver.namespace;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.NamespaceSpec;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.DeleteRequest;
import dev.jetpod.apiserver.registry.ObjectDeleter;
import dev.jetpod.apiserver.registry.ResourceRegistry;
import dev.jetpod.apiserver.registry.strategy.NamespaceStrategy;
import dev.jetpod.apiserver.storage.ListOptions;
import dev.jetpod.apiserver.storage.ObjectStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties terminating namespaces, the work of Kubernetes' namespace controller: every so often, for each namespace
 * being deleted that still carries the "kubernetes" finalizer, delete everything in it (by the usual rules: pods
 * bound to nodes get their grace period), and once nothing is left remove the finalizer, which removes the namespace.
 * It lives inside the apiserver until the controller-manager exists; then it moves there as one more controller.
 */
public final class NamespaceLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(NamespaceLifecycle.class);

    private final Vertx vertx;
    private final ResourceRegistry registry;
    private final ApiResource<Namespace> namespaces;
    private final Duration period;
    private long timer = -1;
    private boolean running;

    public NamespaceLifecycle(Vertx vertx, ResourceRegistry registry, ApiResource<Namespace> namespaces, Duration period) {
        this.vertx = vertx;
        this.registry = registry;
        this.namespaces = namespaces;
        this.period = period;
    }

    public void start() {
        timer = vertx.setPeriodic(period.toMillis(), t -> syncAll());
    }

    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void syncAll() {
        if (running) {
            return;
        }
        running = true;
        namespaces.store().list(ListOptions.all(null)).compose(list -> {
            Future<Void> chain = Future.succeededFuture();
            for (Namespace ns : list.items()) {
                if (ns.metadata().deletionTimestamp() != null && holdsKubernetesFinalizer(ns)) {
                    chain = chain.compose(v -> sync(ns.metadata().name()));
                }
            }
            return chain;
        }).onComplete(r -> {
            running = false;
            if (r.failed()) {
                LOG.debug("op=namespace-lifecycle result=retry error={}", r.cause().getMessage());
            }
        });
    }

    /** One pass over one terminating namespace; finalizes it when it is empty. */
    Future<Void> sync(String namespace) {
        List<Future<Integer>> remaining = new ArrayList<>();
        for (ApiResource<?> r : registry.all()) {
            // a version stored as another (autoscaling/v1 HPAs) holds nothing of its own: its stored version is emptied
            if (r.namespaced() && r.store() != null && registry.scheme().storedAs(r.type()).isEmpty()) {
                remaining.add(deleteAllIn(r, namespace));
            }
        }
        return Future.all(remaining).compose(all -> {
            int left = remaining.stream().mapToInt(Future::result).sum();
            if (left > 0) {
                LOG.info("op=namespace-lifecycle namespace={} result=waiting remaining={}", namespace, left);
                return Future.succeededFuture();
            }
            return finalizeNamespace(namespace);
        });
    }

    /** Deletes what is in the namespace; answers how many objects were still there. */
    private <T extends KubeObject<T>> Future<Integer> deleteAllIn(ApiResource<T> r, String namespace) {
        ObjectStore<T> store = r.store();
        return store.list(ListOptions.all(namespace)).compose(list -> {
            Future<Void> chain = Future.succeededFuture();
            for (T item : list.items()) {
                chain = chain.compose(v -> ObjectDeleter.delete(r, namespace, item.metadata().name(), DeleteRequest.defaults(), false)
                        .<Void>mapEmpty()
                        .recover(e -> e instanceof ApiException a && a.isNotFound() ? Future.succeededFuture() : Future.failedFuture(e)));
            }
            return chain.map(v -> list.items().size());
        });
    }

    private Future<Void> finalizeNamespace(String name) {
        return namespaces.store().guaranteedUpdate(null, name, ns -> {
            if (!holdsKubernetesFinalizer(ns)) {
                return ns;
            }
            List<String> rest = new ArrayList<>(ns.spec().finalizers());
            rest.remove(NamespaceStrategy.KUBERNETES_FINALIZER);
            return ns.withSpec(new NamespaceSpec(rest.isEmpty() ? null : rest));
        }).compose(ns -> {
            boolean gone = ns.metadata().finalizersOrEmpty().isEmpty() && (ns.spec() == null || ns.spec().finalizers() == null || ns.spec().finalizers().isEmpty());
            if (!gone) {
                return Future.succeededFuture();
            }
            LOG.info("op=namespace-lifecycle namespace={} result=removed", name);
            return namespaces.store().delete(null, name, ns.metadata().resourceVersion()).<Void>mapEmpty()
                    .recover(e -> e instanceof ApiException a && (a.isNotFound() || a.isConflict()) ? Future.succeededFuture() : Future.failedFuture(e));
        });
    }

    private static boolean holdsKubernetesFinalizer(Namespace ns) {
        return ns.spec() != null && ns.spec().finalizers() != null && ns.spec().finalizers().contains(NamespaceStrategy.KUBERNETES_FINALIZER);
    }
}
