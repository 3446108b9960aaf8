package dev.jetpod.apiserver.namespace;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.ObjectMeta;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.registry.SystemMetadata;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ensures the namespaces every Kubernetes cluster has (default, kube-system, kube-public, kube-node-lease), retrying
 * every second while etcd is unreachable. /readyz reports not ready until this is done.
 */
public final class SystemNamespaces {
    private static final Logger LOG = LoggerFactory.getLogger(SystemNamespaces.class);
    public static final List<String> NAMES = List.of("default", "kube-system", "kube-public", "kube-node-lease");
    private static final long RETRY_MS = 1000;

    private final Vertx vertx;
    private final ApiResource<Namespace> namespaces;
    private volatile boolean done;
    private volatile boolean closed;

    public SystemNamespaces(Vertx vertx, ApiResource<Namespace> namespaces) {
        this.vertx = vertx;
        this.namespaces = namespaces;
    }

    public void start() {
        ensureAll().onSuccess(v -> {
            done = true;
            LOG.info("op=ensure-system-namespaces result=ok namespaces={}", NAMES);
        }).onFailure(e -> {
            LOG.info("op=ensure-system-namespaces result=retry error={}", e.getMessage());
            if (!closed) {
                vertx.setTimer(RETRY_MS, t -> start());
            }
        });
    }

    public void close() {
        closed = true;
    }

    public Future<Void> check() {
        return done ? Future.succeededFuture() : Future.failedFuture("system namespaces not created yet");
    }

    private Future<Void> ensureAll() {
        List<Future<Namespace>> all = new ArrayList<>();
        for (String name : NAMES) {
            all.add(ensure(name));
        }
        return Future.all(all).mapEmpty();
    }

    private Future<Namespace> ensure(String name) {
        Namespace ns = namespaces.admission().admitCreate(Namespace.of(SystemMetadata.forNewObject(ObjectMeta.named(name))));
        return namespaces.store().create(ns).recover(e -> e instanceof ApiException a && a.isAlreadyExists()
                ? Future.succeededFuture(ns) : Future.failedFuture(e));
    }
}
