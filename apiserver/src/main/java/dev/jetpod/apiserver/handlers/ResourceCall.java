package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.ResourceType;
import dev.jetpod.apiserver.http.RequestInfo;
import dev.jetpod.apiserver.http.ResponseFormat;
import dev.jetpod.apiserver.registry.ApiResource;
import dev.jetpod.apiserver.storage.ObjectStore;
import io.vertx.ext.web.RoutingContext;

/** One resource request on its way through the handlers: the resource, the parsed path, the HTTP exchange. */
public record ResourceCall<T extends KubeObject<T>>(ApiResource<T> resource, RequestInfo info, RoutingContext ctx, ResponseFormat format) {

    public ObjectStore<T> store() {
        return resource.store();
    }

    public ResourceType<T> type() {
        return resource.type();
    }

    /** The namespace of the request, or null for cluster-scoped types and all-namespace lists. */
    public String namespace() {
        return resource.namespaced() && info.hasNamespace() ? info.namespace() : null;
    }

    public String name() {
        return info.name();
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return ctx.request().getParam(name);
    }

    public boolean dryRun() {
        String d = query("dryRun");
        return d != null && !d.isEmpty();
    }
}
