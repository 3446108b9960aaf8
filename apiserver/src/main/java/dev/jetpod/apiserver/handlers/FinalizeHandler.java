package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.core.v1.Namespace;
import dev.jetpod.api.core.v1.NamespaceSpec;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.Resources;
import dev.jetpod.apiserver.http.Reply;
import dev.jetpod.apiserver.http.RequestBodyReader;
import dev.jetpod.apiserver.http.Verb;
import io.vertx.core.Future;

/**
 * PUT namespaces/NAME/finalize: the only write that changes a namespace's spec.finalizers. When the last one goes
 * from a terminating namespace, the namespace is removed.
 */
public final class FinalizeHandler implements SubresourceHandlers.Subresource {
    private final RequestBodyReader reader;

    public FinalizeHandler(RequestBodyReader reader) {
        this.reader = reader;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends KubeObject<T>> Future<Reply> handle(ResourceCall<T> call) {
        if (call.info().verb() != Verb.UPDATE || !call.type().equals(Resources.NAMESPACES)) {
            throw ResourceDispatcher.methodNotAllowed();
        }
        ResourceCall<Namespace> ns = (ResourceCall<Namespace>) (ResourceCall<?>) call;
        Namespace wanted = ns.resource().codec().decodeForEndpoint(reader.readObject(call.ctx().request().getHeader("Content-Type"), call.ctx().body().buffer()));
        UpdateHandler.checkIdentity(ns, wanted);
        NamespaceSpec spec = wanted.spec() == null ? new NamespaceSpec(null) : wanted.spec();
        return ObjectUpdater.update(ns, cur -> {
            String rv = wanted.metadata() == null ? null : wanted.metadata().resourceVersion();
            Namespace next = cur.withSpec(spec);
            return rv == null ? next : next.withMetadata(next.metadata().withResourceVersion(rv));
        }, ObjectUpdater.Scope.WHOLE_PREPARED).map(Reply::ok);
    }
}
