package dev.jetpod.apiserver.namespace;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.meta.StatusDetails;
import dev.jetpod.api.meta.StatusReason;
import dev.jetpod.api.meta.WatchEvent;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.registry.strategy.NamespaceStrategy;
import dev.jetpod.apiserver.storage.ObjectFilter;
import dev.jetpod.apiserver.storage.ObjectStore;
import dev.jetpod.apiserver.storage.Watch;
import dev.jetpod.apiserver.storage.WatchListener;
import dev.jetpod.apiserver.storage.WatchOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NamespaceLifecycle admission check: content may only be created in a namespace that exists (404) and is not
 * terminating (403). Namespaces are kept in a local map fed by a watch, like Kubernetes' namespace lister; a miss
 * falls back to a live read, so a namespace created a moment ago is found.
 */
public final class NamespaceGuard implements WatchListener<Namespace> {
    private static final Logger LOG = LoggerFactory.getLogger(NamespaceGuard.class);
    private static final long REWATCH_DELAY_MS = 1000;

    private final Vertx vertx;
    private final ObjectStore<Namespace> store;
    private final Map<String, Namespace> known = new ConcurrentHashMap<>();
    private volatile Watch watch;
    private volatile boolean closed;

    public NamespaceGuard(Vertx vertx, ObjectStore<Namespace> store) {
        this.vertx = vertx;
        this.store = store;
    }

    /** Starts the watch; call on the context that should receive its events. */
    public void start() {
        if (closed) {
            return;
        }
        try {
            watch = store.watch(new WatchOptions<>(null, ObjectFilter.everything(), "0", false), this);
        } catch (RuntimeException e) {
            LOG.warn("op=namespace-watch result=failed error={}", e.getMessage());
            rewatchLater();
        }
    }

    public void close() {
        closed = true;
        Watch w = watch;
        if (w != null) {
            w.cancel();
        }
    }

    @Override
    public void onEvent(WatchEvent.Type type, Namespace ns, byte[] serialized) {
        switch (type) {
            case ADDED, MODIFIED -> observe(ns);
            case DELETED -> forget(ns);
            default -> {
            }
        }
    }

    /** A namespace as written or watched; an older revision never replaces a newer one (writes and watch race). */
    void observe(Namespace ns) {
        known.merge(ns.metadata().name(), ns, (old, now) -> revision(now) >= revision(old) ? now : old);
    }

    void forget(Namespace ns) {
        known.remove(ns.metadata().name());
    }

    private static long revision(Namespace ns) {
        try {
            return Long.parseLong(ns.metadata().resourceVersion());
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }

    @Override
    public void onError(ApiException error) {
        LOG.info("op=namespace-watch result=restart reason={}", error.getMessage());
        known.clear();
        rewatchLater();
    }

    private void rewatchLater() {
        if (!closed) {
            vertx.setTimer(REWATCH_DELAY_MS, t -> start());
        }
    }

    public Future<Void> checkCreateAllowed(String namespace, ResourceType<?> type, String name) {
        Namespace cached = known.get(namespace);
        Future<Namespace> ns = cached != null ? Future.succeededFuture(cached) : store.get(null, namespace);
        return ns.compose(n -> {
            if (NamespaceStrategy.isTerminating(n)) {
                return Future.failedFuture(new ApiException(403, StatusReason.FORBIDDEN,
                        type.qualifiedName() + (name == null || name.isEmpty() ? "" : " \"" + name + "\"") + " is forbidden: unable to create new content in namespace " + namespace + " because it is being terminated",
                        StatusDetails.of(name, type.group(), type.plural())));
            }
            return Future.<Void>succeededFuture();
        }, e -> {
            if (e instanceof ApiException a && a.isNotFound()) {
                return Future.failedFuture(ApiException.notFound("", Resources.NAMESPACES.plural(), Namespace.KIND, namespace));
            }
            return Future.failedFuture(e);
        });
    }
}
